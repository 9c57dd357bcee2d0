package org.newsroom.gateway.articles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/** Visible comments per article id, as comments-service counts them. */
@Serdeable
record CommentCounts(@Nullable Map<String, Long> counts) {
}
