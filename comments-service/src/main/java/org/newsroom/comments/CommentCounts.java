package org.newsroom.comments;

import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/** Visible comments per article id. */
@Serdeable
public record CommentCounts(Map<String, Long> counts) {
}
