package org.newsroom.wpimport.platform;

/**
 * What became of one article: {@code created}, {@code updated}, {@code unchanged}, or
 * {@code conflict} / {@code rejected} with the service's reason; {@code id} and {@code slug} when it is on the platform.
 */
public record ArticleImported(String outcome, String id, String slug, String reason) {

    public static final String CONFLICT = "conflict";
    public static final String REJECTED = "rejected";

    public boolean isOnPlatform() {
        return id != null && !CONFLICT.equals(outcome) && !REJECTED.equals(outcome);
    }
}
