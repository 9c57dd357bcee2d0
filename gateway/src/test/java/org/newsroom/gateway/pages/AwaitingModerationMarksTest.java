package org.newsroom.gateway.pages;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The mark that shows a poster the moderation note: only for that comment, that article, and ten minutes. */
class AwaitingModerationMarksTest {

    private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");
    private static final String ID = "0123456789abcdef01234567";

    private static AwaitingModerationMarks marks(String secret) throws Exception {
        return new AwaitingModerationMarks(secret, Files.createTempDirectory("marks").toString(), 10);
    }

    @Test
    void aMarkIsValidForItsArticleUntilItExpires() throws Exception {
        AwaitingModerationMarks marks = marks("marks-test-secret-0123456789abcdefghij");
        String mark = marks.mark("the-slug", ID, NOW);

        assertThat(mark).startsWith(ID + ".");
        assertThat(marks.isValid("the-slug", mark, NOW.plus(Duration.ofMinutes(10)))).isTrue();
        assertThat(marks.isValid("the-slug", mark, NOW.plus(Duration.ofMinutes(10)).plusSeconds(1))).isFalse();
        assertThat(marks.isValid("other-slug", mark, NOW)).isFalse();
    }

    @Test
    void aMarkCannotBeMadeForAnotherCommentOrTimeOrWithAnotherSecret() throws Exception {
        AwaitingModerationMarks marks = marks("marks-test-secret-0123456789abcdefghij");
        String mark = marks.mark("the-slug", ID, NOW);
        String[] parts = mark.split("\\.");

        assertThat(marks.isValid("the-slug", "fedcba9876543210fedcba98." + parts[1] + "." + parts[2], NOW)).isFalse();
        assertThat(marks.isValid("the-slug", ID + "." + (Long.parseLong(parts[1]) + 3600) + "." + parts[2], NOW)).isFalse();
        assertThat(marks("another-secret-0123456789abcdefghijklmn").isValid("the-slug", mark, NOW)).isFalse();
        assertThat(marks.isValid("the-slug", null, NOW)).isFalse();
        assertThat(marks.isValid("the-slug", ID, NOW)).isFalse();
        assertThat(marks.isValid("the-slug", "a.b.c", NOW)).isFalse();
    }
}
