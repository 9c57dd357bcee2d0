package org.newsroom.comments;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A page of an article's top-level threads; {@code total} counts threads, {@code count} every visible comment. */
@Serdeable
public record CommentPage(List<CommentView> items, int page, int size, long total, long totalPages, long count) {
}
