package org.newsroom.articles;

import io.micronaut.serde.annotation.Serdeable;

/** What the gateway needs to know before it accepts a comment. */
@Serdeable
public record CommentStatus(String id, String slug, String status, String commentStatus) {
}
