package org.newsroom.comments.importing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A comment from another platform: {@code source} names it there (site, post and comment id),
 * {@code parentSource} its parent (null at top level); {@code status} approved, pending, spam or trash.
 */
@Serdeable
public record ImportedCommentInput(@Nullable String source, @Nullable String parentSource, @Nullable String authorName,
                                   @Nullable String authorEmail, @Nullable String authorUrl, @Nullable String authorIp,
                                   @Nullable String content, @Nullable String status, @Nullable Instant createdAt) {
}
