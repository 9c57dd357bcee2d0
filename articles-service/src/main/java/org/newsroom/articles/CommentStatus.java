package org.newsroom.articles;

import io.micronaut.serde.annotation.Serdeable;

/** What the gateway needs to know before it accepts a comment (the title goes into reply mail). */
@Serdeable
public record CommentStatus(String id, String slug, String status, String commentStatus, String title) {
}
