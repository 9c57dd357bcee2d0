package org.newsroom.comments;

import jakarta.inject.Singleton;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * WordPress-like rules deciding a new comment's status: blocked words make spam; the manual mode,
 * too many links, moderation words or a first-time author hold it; otherwise it is approved.
 * A moderator's own comment is always approved.
 */
@Singleton
public class CommentModeration {

    private static final Pattern LINK = Pattern.compile("(?i)https?://");
    private static final Pattern ANCHOR = Pattern.compile("<a[\\s>]");

    private final ModerationSettings settings;

    public CommentModeration(ModerationSettings settings) {
        this.settings = settings;
    }

    /** What a comment is about: the fields the word lists are matched against, and its text as readers get it. */
    public record Submission(String authorName, String authorEmail, String authorUrl, String content, String contentHtml) {

        String searchable() {
            return String.join("\n", authorName, authorEmail, authorUrl, content).toLowerCase(Locale.ROOT);
        }
    }

    public String decide(Submission submission, boolean byModerator, boolean returningAuthor) {
        if (byModerator) {
            return CommentStatus.APPROVED;
        }
        String ruled = decideEdit(submission, CommentStatus.APPROVED);
        return CommentStatus.APPROVED.equals(ruled) && !returningAuthor ? CommentStatus.PENDING : ruled;
    }

    /**
     * The status after its author edited a comment: the blocked-word, manual, link and word rules
     * apply again whoever posted it; the first-comment rule does not, and an edit never approves.
     */
    public String decideEdit(Submission submission, String currentStatus) {
        String text = submission.searchable();
        if (settings.blockedWords().stream().anyMatch(text::contains)) {
            return CommentStatus.SPAM;
        }
        boolean hold = settings.isManual()
                || links(submission) >= settings.getMaxLinks()
                || settings.moderationWords().stream().anyMatch(text::contains);
        return hold ? CommentStatus.PENDING : currentStatus;
    }

    /**
     * The links a reader can follow: the {@code http(s)://} typed, or the links in what is shown when
     * there are more ({@code www.} addresses and {@code //host} destinations become links too).
     */
    static long links(Submission submission) {
        return Math.max(LINK.matcher(submission.content()).results().count(),
                ANCHOR.matcher(submission.contentHtml()).results().count());
    }
}
