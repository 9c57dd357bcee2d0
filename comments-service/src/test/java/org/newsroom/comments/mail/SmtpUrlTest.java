package org.newsroom.comments.mail;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmtpUrlTest {

    @Test
    void userPasswordHostAndPortAreTakenApartAndDecoded() {
        assertThat(SmtpUrl.parse("smtp://news%40example.org:p%3Ass@mail.example.org:587"))
                .isEqualTo(new SmtpUrl("smtp", "mail.example.org", 587, "news@example.org", "p:ss"));
        assertThat(SmtpUrl.parse("smtps://relay.example.org")).isEqualTo(new SmtpUrl("smtps", "relay.example.org", 465, null, null));
        assertThat(SmtpUrl.parse("smtp://localhost")).isEqualTo(new SmtpUrl("smtp", "localhost", 25, null, null));
    }

    @Test
    void anythingElseStopsTheStartWithAMessageThatShowsNoPassword() {
        for (String bad : new String[] {"http://user:secret@host", "smtp://", "mail.example.org:25", "smtp://user:secret@ho st"}) {
            assertThatThrownBy(() -> SmtpUrl.parse(bad)).as(bad).isInstanceOf(IllegalStateException.class)
                    .hasMessageNotContaining("secret");
        }
    }

    @Test
    void theDefaultSenderUsesTheSitesHostOrLocalhostForAnAddress() {
        Site site = new Site();
        site.setUrl("https://news.example.org/");
        assertThat(site.mailHost()).isEqualTo("news.example.org");
        site.setUrl("http://192.168.1.20:8080");
        assertThat(site.mailHost()).isEqualTo("localhost");
        site.setUrl("http://[::1]:8080");
        assertThat(site.mailHost()).isEqualTo("localhost");
    }
}
