package org.newsroom.gateway.comments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A page of an article's top-level threads, oldest first; {@code total} counts threads, {@code count} every visible comment. */
@Serdeable
public record CommentPage(@Nullable List<Comment> items, int page, int size, long total, long totalPages, long count) {

    boolean isWhole() {
        return items != null && items.stream().allMatch(Comment::isWhole);
    }
}
