package org.newsroom.comments.edit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.newsroom.comments.Comment;
import org.newsroom.comments.CommentStatus;
import org.newsroom.comments.CommentView;
import org.newsroom.comments.ContentFormat;

import java.time.Instant;
import java.util.List;

/** The answer to an edit: the public view, the status it now has (spam shows as pending) and when it was edited. */
@Serdeable
public record EditedComment(String id, @Nullable String parentId, String authorName, @Nullable String authorUrl,
                            String content, String contentFormat, String contentHtml, Instant createdAt, List<CommentView> replies,
                            @Nullable Instant editedAt, String status) {

    static EditedComment of(Comment comment) {
        String shown = CommentStatus.APPROVED.equals(comment.status()) ? CommentStatus.APPROVED : CommentStatus.PENDING;
        return new EditedComment(comment.id(), comment.parentId(), comment.authorName(), comment.authorUrl(),
                comment.content(), ContentFormat.of(comment.contentFormat()), comment.contentHtml(), comment.createdAt(), List.of(),
                comment.editedAt(), shown);
    }
}
