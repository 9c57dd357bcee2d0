package org.newsroom.gateway.pages;

import io.micronaut.core.annotation.Nullable;
import org.newsroom.gateway.articles.Article;

import java.util.List;
import java.util.Set;

/**
 * Everything the article template shows: {@code bodyHtml} is the article's as this page shows it ({@link ArticleBodyMarkup}).
 * {@code threads} is null when comments could not be had;
 * {@code awaitingModeration} only on the page shown to the poster of a held comment, {@code editable}
 * (the comments with an "Edit" link) and {@code awaitingEditLink} only on a poster's own page.
 * {@code replyLinkPrefix} (followed by a comment id) and {@code cancelReplyLink} stay on this comment page;
 * {@code replyingTo} names the author of the comment the form answers (null: a new thread). When its poster asked
 * for reply mail, the note asking them to confirm it shows with the moderation note ({@code notifyNoteWithAwaiting})
 * or under their comment ({@code notifyNoteFor}, its id).
 */
public record ArticlePageModel(String siteName, PageHead head, Article article, String bodyHtml, String publishedLabel, List<String> tags,
                               @Nullable List<CommentItem> threads, long commentCount, Pager pager, boolean open,
                               ReplyForm form, String formAction, @Nullable String replyingTo, String replyLinkPrefix, String cancelReplyLink,
                               boolean awaitingModeration, Set<String> editable, @Nullable String awaitingEditLink,
                               boolean notifyNoteWithAwaiting, @Nullable String notifyNoteFor) {

    /** Said, without the address, to whoever posted with "Notify me of follow-up comments by email" ticked. */
    public static final String NOTIFY_NOTE = "You asked to be emailed when someone replies: please look for our confirmation "
            + "email and follow its link. No reply is emailed until you do (an address confirmed before needs no new confirmation).";

    public boolean commentsUnavailable() {
        return threads == null;
    }

    /** "3 Comments", "1 Comment", or with none "No comments yet" ("No comments" once closed); just "Comments" when they could not be had. */
    public String commentsHeading() {
        if (threads == null) {
            return "Comments";
        }
        if (commentCount == 0) {
            return open ? "No comments yet" : "No comments";
        }
        return commentCount + (commentCount == 1 ? " Comment" : " Comments");
    }
}
