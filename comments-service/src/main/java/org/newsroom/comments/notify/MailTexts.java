package org.newsroom.comments.notify;

import jakarta.inject.Singleton;
import org.newsroom.comments.Comment;
import org.newsroom.comments.mail.Site;
import org.newsroom.support.text.BidiIsolation;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The words of each mail (plain text). Links are absolute, from SITE_URL, and carry tokens, never an
 * address. What a commenter wrote is quoted, each line behind "> " as mail clients quote, so that it
 * can never pass for the site's own lines; the confirmation, which goes to an address nobody has
 * confirmed yet, carries nothing a commenter wrote.
 */
@Singleton
public class MailTexts {

    private static final int EXCERPT = 500;

    private final Site site;

    public MailTexts(Site site) {
        this.site = site;
    }

    public record Text(String subject, String body) {
    }

    String confirmLink(String token) {
        return site.link("/notifications/confirm/" + token);
    }

    String unsubscribeLink(String token) {
        return site.link("/notifications/unsubscribe/" + token);
    }

    Text confirmation(Comment comment, String confirmToken, String unsubscribeToken) {
        return new Text("Please confirm reply notifications from " + site.getName(), """
                Hello,

                you asked to be told by email when someone replies to your comment on "%s".
                To confirm, open this link and press the button:

                %s

                If you did not ask for this, ignore this mail: nothing more will be sent to you.
                To refuse all mail from %s: %s
                """.formatted(title(comment), confirmLink(confirmToken), site.getName(),
                unsubscribeLink(unsubscribeToken)));
    }

    Text reply(Comment parent, Comment reply, int page, String unsubscribeToken) {
        return new Text(name(reply) + " replied to your comment on \"" + title(parent) + "\"", """
                Hello %s,

                %s replied to your comment on "%s":

                %s

                Read it and answer: %s

                You get this mail because you asked for replies to your comments on %s.
                Stop these mails: %s
                """.formatted(name(parent), name(reply), title(parent), quoted(reply.content()),
                site.link(articlePath(reply) + (page > 1 ? "?cpage=" + page : "") + "#comment-" + reply.id()), site.getName(), unsubscribeLink(unsubscribeToken)));
    }

    Text moderation(Comment comment) {
        return new Text("A comment awaits moderation on \"" + title(comment) + "\"", """
                %s wrote on "%s":

                %s

                Approve it or not: %s
                """.formatted(name(comment), title(comment), quoted(comment.content()), site.link("/moderation")));
    }

    /** One line, whatever was stored (an imported name may hold line breaks): a name cannot start a line of its own. */
    private static String oneLine(String text) {
        return text.replaceAll("\\p{Cc}+", " ");
    }

    private static String name(Comment comment) {
        return BidiIsolation.isolated(oneLine(comment.authorName()));
    }

    private static String title(Comment comment) {
        if (comment.articleTitle() != null && !comment.articleTitle().isBlank()) {
            return BidiIsolation.isolated(oneLine(comment.articleTitle()));
        }
        return comment.articleSlug() != null ? comment.articleSlug() : "an article";
    }

    private static String articlePath(Comment comment) {
        return comment.articleSlug() != null ? "/articles/" + comment.articleSlug() : "/";
    }

    /** The first {@value #EXCERPT} characters (code points: an emoji is never cut in two), every line behind "> ". */
    static String quoted(String content) {
        String excerpt = content.codePointCount(0, content.length()) <= EXCERPT ? content
                : content.substring(0, content.offsetByCodePoints(0, EXCERPT)) + "…";
        // \R: every kind of line break, U+2028 and U+2029 included, each starts a quoted line of its own
        return Arrays.stream(excerpt.strip().split("\\R")).map(line -> "> " + oneLine(line)).collect(Collectors.joining("\n"));
    }
}
