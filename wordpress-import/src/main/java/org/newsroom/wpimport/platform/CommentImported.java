package org.newsroom.wpimport.platform;

/**
 * What became of one comment: {@code created}, {@code unchanged} (imported before), {@code updated} (imported by an
 * earlier version, now shown as HTML), {@code deleted} (imported before and deleted since: not brought back) or
 * {@code rejected} (with the reason); {@code status} is the one it has on the platform, which a moderator may have
 * changed since it was imported (none when deleted).
 */
public record CommentImported(String source, String outcome, String status, String reason) {
}
