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

    private final ModerationSettings settings;

    public CommentModeration(ModerationSettings settings) {
        this.settings = settings;
    }

    /** What a comment is about: the fields the word lists are matched against. */
    public record Submission(String authorName, String authorEmail, String authorUrl, String content) {

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
                || links(submission.content()) >= settings.getMaxLinks()
                || settings.moderationWords().stream().anyMatch(text::contains);
        return hold ? CommentStatus.PENDING : currentStatus;
    }

    static long links(String content) {
        return LINK.matcher(content).results().count();
    }
}
