package org.newsroom.comments;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.newsroom.support.http.FieldError;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CommentInputTest {

    private static final String EMOJI = "\uD83D\uDE00";

    private static List<String> fieldsIn(CommentInput input) {
        return input.problems().stream().map(FieldError::field).toList();
    }

    private static CommentInput form(String name, String content) {
        return new CommentInput(name, "dana@example.org", null, content, null, null);
    }

    @Test
    void limitsCountCharactersSoAnEmojiIsOne() {
        assertThat(fieldsIn(form(EMOJI.repeat(245), EMOJI.repeat(10_000)))).isEmpty();
        assertThat(fieldsIn(form(EMOJI.repeat(246), EMOJI.repeat(10_001)))).containsExactly("authorName", "content");
        assertThat(fieldsIn(form("n".repeat(245), "c".repeat(10_000)))).isEmpty();
        assertThat(fieldsIn(form("n".repeat(246), "c".repeat(10_001)))).containsExactly("authorName", "content");
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "\u00A0", "\u2003", "\u3000", "\u200B", "\uFEFF", "\t\n", "\u00A0\u200B \u3000"})
    void aValueOfOnlyBlanksIsEmpty(String blank) {
        assertThat(fieldsIn(form(blank, blank))).containsExactly("authorName", "content");
        assertThat(CommentInput.trimmed(blank + "Dana" + blank)).isEqualTo("Dana");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u202E", "\u2066\u2069", "\u00AD", "\u3164", "\u034F", "\u0301", "\u2800", "\u202E\u3164\u034F"})
    void aNameOfOnlyInvisibleCharactersIsRefused(String invisible) {
        List<FieldError> problems = form(invisible, "Nice piece").problems();

        assertThat(problems).extracting(FieldError::field).containsExactly("authorName");
        assertThat(problems.get(0).message()).isEqualTo("must contain a visible character");
        assertThat(fieldsIn(form("\u202EDana", "Nice piece"))).isEmpty();
    }

    @Test
    void trimmingKeepsWhatIsInsideAndSplitsNoCharacter() {
        assertThat(CommentInput.trimmed("\u00A0a\u00A0b" + EMOJI + "\u200B")).isEqualTo("a\u00A0b" + EMOJI);
        assertThat(CommentInput.trimmed(null)).isEmpty();
        assertThat(CommentInput.characters("a" + EMOJI)).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0001", "\u000B", "\u001B", "\u007F", "\u0085", "\uFFFE", "\uD800", "\uFDD0", "\uFDEF",
            "\uD83F\uDFFE", "\uDBFF\uDFFF"})
    void aControlCharacterInsideANameOrTheTextIsRefused(String control) {
        assertThat(fieldsIn(form("Da" + control + "na", "Nice" + control + " piece"))).containsExactly("authorName", "content");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uFDD0", "\uFFFF", "\uD83F\uDFFE", "\uDBFF\uDFFF"})
    void aNoncharacterIsRefusedAsANoncharacter(String noncharacter) {
        assertThat(form("Da" + noncharacter + "na", "Nice" + noncharacter + " piece").problems()).extracting(FieldError::message)
                .containsExactly("must be one line without control characters, noncharacters or lone surrogates",
                        "must not contain control characters, noncharacters or lone surrogates");
    }

    @Test
    void lineBreaksAndTabsAreFineInTheTextButNotInTheName() {
        assertThat(fieldsIn(form("Dana", "First line\r\n\tsecond line " + EMOJI))).isEmpty();
        assertThat(fieldsIn(form("Dana\nX-Evil: 1", "Nice"))).containsExactly("authorName");
        assertThat(fieldsIn(new CommentInput("Dana", "dana@example.org", "https://da\u0001na.example/", "Nice", null, null)))
                .containsExactly("authorUrl");
    }

    @Test
    void aWebSiteWithAUserNameBeforeItsHostIsRefusedButAnAtInItsPathIsFine() {
        assertThat(fieldsIn(new CommentInput("Dana", "dana@example.org", "http://news.example.com@evil.example/", "Nice", null, null)))
                .containsExactly("authorUrl");
        assertThat(fieldsIn(new CommentInput("Dana", "dana@example.org", "https://user:pass@dana.example", "Nice", null, null)))
                .containsExactly("authorUrl");
        assertThat(fieldsIn(new CommentInput("Dana", "dana@example.org", "https://mastodon.example/@dana?x=1#top", "Nice", null, null)))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a..b@example.org", ".dana@example.org", "dana.@example.org", "da na@example.org", "dana@example"})
    void anAddressThatMailCannotReachIsRefused(String address) {
        assertThat(fieldsIn(new CommentInput("Dana", address, null, "Nice", null, null))).containsExactly("authorEmail");
    }

    @Test
    void dotsAndPlusInAnAddressAreFine() {
        assertThat(fieldsIn(new CommentInput("Dana", "dana.k+news@mail.example.org", null, "Nice", null, null))).isEmpty();
    }
}
