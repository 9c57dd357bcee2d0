package org.newsroom.comments.notify;

import jakarta.inject.Singleton;
import org.newsroom.comments.Comment;
import org.newsroom.comments.mail.Site;

/** The words of each mail (plain text). Links are absolute, from SITE_URL, and carry tokens, never an address. */
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
                Hello %s,

                you asked to be told by email when someone replies to your comment on "%s".
                To confirm, open this link and press the button:

                %s

                If you did not ask for this, ignore this mail: nothing more will be sent to you.
                To refuse all mail from %s: %s
                """.formatted(name(comment), title(comment), confirmLink(confirmToken), site.getName(),
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
                """.formatted(name(parent), name(reply), title(parent), excerpt(reply.content()),
                site.link(articlePath(reply) + (page > 1 ? "?cpage=" + page : "") + "#comment-" + reply.id()), site.getName(), unsubscribeLink(unsubscribeToken)));
    }

    Text moderation(Comment comment) {
        return new Text("A comment awaits moderation on \"" + title(comment) + "\"", """
                %s wrote on "%s":

                %s

                Approve it or not: %s
                """.formatted(name(comment), title(comment), excerpt(comment.content()), site.link("/moderation")));
    }

    /** One line, whatever was stored (an imported name may hold line breaks): a name cannot start a line of its own. */
    private static String oneLine(String text) {
        return text.replaceAll("\\p{Cc}+", " ");
    }

    private static String name(Comment comment) {
        return oneLine(comment.authorName());
    }

    private static String title(Comment comment) {
        if (comment.articleTitle() != null && !comment.articleTitle().isBlank()) {
            return oneLine(comment.articleTitle());
        }
        return comment.articleSlug() != null ? comment.articleSlug() : "an article";
    }

    private static String articlePath(Comment comment) {
        return comment.articleSlug() != null ? "/articles/" + comment.articleSlug() : "/";
    }

    private static String excerpt(String content) {
        return content.length() <= EXCERPT ? content : content.substring(0, EXCERPT) + "…";
    }
}
