package org.newsroom.comments.notify;

import org.junit.jupiter.api.Test;
import org.newsroom.comments.Comment;
import org.newsroom.comments.mail.Site;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MailTextsTest {

    private static Comment comment(String id, String authorName, String title) {
        return new Comment(id, "a1", "the-slug", null, null, List.of(), 1, authorName, "x@example.org", "x@example.org", null,
                "Some text", "<p>Some text</p>", "key-" + id, "approved", true, null, null, Instant.EPOCH, Instant.EPOCH,
                title, null, null, null, null, null);
    }

    @Test
    void aStoredNameOrTitleWithLineBreaksStaysOnItsLine() {
        MailTexts texts = new MailTexts(new Site());

        MailTexts.Text mail = texts.reply(comment("p1", "Ann", "Title\r\nBcc: everyone"), comment("r1", "Eve\nX-Evil: 1", "T"), 1,
                "token");

        assertThat(mail.subject()).isEqualTo("Eve X-Evil: 1 replied to your comment on \"Title Bcc: everyone\"");
        assertThat(mail.body().lines()).noneMatch(line -> line.startsWith("X-Evil") || line.startsWith("Bcc"))
                .anyMatch(line -> line.equals("Eve X-Evil: 1 replied to your comment on \"Title Bcc: everyone\":"));
    }

    @Test
    void aNameOrTitleWithABidiOverrideCannotTurnTheRestOfTheSubjectAround() {
        MailTexts texts = new MailTexts(new Site());

        MailTexts.Text mail = texts.reply(comment("p1", "Ann", "\u202Eeltit"), comment("r1", "Eve \u202Egnp.exe", "T"), 1, "token");

        assertThat(mail.subject()).isEqualTo("\u2068Eve \u202Egnp.exe\u2069 replied to your comment on \"\u2068\u202Eeltit\u2069\"");
        assertThat(texts.reply(comment("p2", "Ann", "Title"), comment("r2", "محمد", "T"), 1, "token").subject())
                .isEqualTo("محمد replied to your comment on \"Title\"");
    }

    @Test
    void repliedTextIsQuotedLineByLineWhateverTheLineBreak() {
        assertThat(MailTexts.quoted("one\r\ntwo\rthree\u2028four\u2029five\u0085six\n"))
                .isEqualTo("> one\n> two\n> three\n> four\n> five\n> six");
    }

    @Test
    void anExcerptEndsBetweenTwoCharactersNeverInsideAnEmoji() {
        String quoted = MailTexts.quoted("a".repeat(499) + "\uD83D\uDE00\uD83D\uDE01");

        assertThat(quoted).isEqualTo("> " + "a".repeat(499) + "\uD83D\uDE00…");
    }
}
