package org.newsroom.wpimport.platform;

/**
 * What became of one comment: {@code created}, {@code unchanged}, {@code updated} (imported by an earlier
 * version, now shown as HTML) or {@code rejected} (with the reason), and its status.
 */
public record CommentImported(String source, String outcome, String status, String reason) {
}
