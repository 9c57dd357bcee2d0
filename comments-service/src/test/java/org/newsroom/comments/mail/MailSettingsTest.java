package org.newsroom.comments.mail;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailSettingsTest {

    private static MailSettings configured(Map<String, Object> environment) {
        return ConfiguredBean.of(MailSettings.class, environment);
    }

    @Test
    void smtpMayTakeHalfAMinuteToConnectAndTenMinutesForAReplyUnlessSetOtherwise() {
        MailSettings defaults = configured(Map.of("DATA_DIR", "target/mail-settings-test"));
        MailSettings set = configured(Map.of("DATA_DIR", "target/mail-settings-test", "SMTP_CONNECT_TIMEOUT", "5s",
                "SMTP_REPLY_TIMEOUT", "15m"));

        assertThat(defaults.getConnectTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(defaults.getReplyTimeout()).isEqualTo(Duration.ofMinutes(10));
        assertThat(set.getConnectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(set.getReplyTimeout()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aTimeoutOfZeroStopsTheStart() {
        assertThatThrownBy(() -> ApplicationContext.builder().properties(Map.of("comments.mail.reply-timeout", "0s",
                "jwt.secret", "comments-service-test-secret-0123456789abcdef")).start().close())
                .hasStackTraceContaining("SMTP_REPLY_TIMEOUT must be longer than 0");
    }
}
