package org.newsroom.wpimport.platform;

import java.time.Instant;

/**
 * A comment as {@code PUT /api/import/comments} takes it: {@code source} names it across runs,
 * {@code parentSource} its parent (null at top level); {@code status} is approved, pending, spam or trash.
 */
public record CommentImport(String source, String parentSource, String authorName, String authorEmail, String authorUrl,
                            String authorIp, String content, String status, Instant createdAt) {
}
