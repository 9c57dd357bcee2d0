package org.newsroom.comments.notify;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NotifySettingsTest {

    private static ApplicationContext start(String moderatorEmails) {
        return ApplicationContext.builder().properties(Map.of("comments.notify.moderator-emails", moderatorEmails,
                "jwt.secret", "comments-service-test-secret-0123456789abcdef")).start();
    }

    @Test
    void anEntryOfModeratorEmailsThatIsNoAddressStopsTheStartNamingItsPosition() {
        assertThatThrownBy(() -> start("desk@example.org, editor.example.org").close())
                .hasStackTraceContaining("MODERATOR_EMAILS entry 2 of 2 is not an email address");
    }

    @Test
    void blankEntriesAreSkippedAndRepeatedAddressesToldOnce() {
        NotifySettings settings = new NotifySettings();
        settings.setModeratorEmails(" desk@example.org, ,night@example.org,desk@example.org, ");

        assertThat(settings.moderators()).containsExactly("desk@example.org", "night@example.org");
    }
}
