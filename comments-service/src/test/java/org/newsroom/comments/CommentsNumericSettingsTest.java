package org.newsroom.comments;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommentsNumericSettingsTest {

    @ParameterizedTest
    @CsvSource({
            "comments.edit-minutes, -1, COMMENT_EDIT_MINUTES must be at least 0, not -1",
            "comments.flood-seconds, -15, COMMENT_FLOOD_SECONDS must be at least 0, not -15",
            "comments.notify.max-per-hour, -2, NOTIFY_MAX_PER_HOUR must be at least 0, not -2"})
    void aNegativeWindowOrLimitStopsTheStartNamingItsVariable(String property, long value, String message) {
        assertThatThrownBy(() -> ApplicationContext.builder().properties(Map.of(property, value,
                "jwt.secret", "comments-service-test-secret-0123456789abcdef")).start().close())
                .hasStackTraceContaining(message);
    }
}
