package org.newsroom.wpimport.platform;

import java.util.List;

/**
 * What became of one article: {@code created}, {@code updated}, {@code unchanged}, or
 * {@code conflict} / {@code rejected} with the service's reason; {@code id} and {@code slug} when it is on the platform;
 * {@code tagsLeftOut}, the post's tags the platform could not keep.
 */
public record ArticleImported(String outcome, String id, String slug, String reason, List<String> tagsLeftOut) {

    public ArticleImported {
        tagsLeftOut = tagsLeftOut == null ? List.of() : List.copyOf(tagsLeftOut);
    }

    public static final String CONFLICT = "conflict";
    public static final String REJECTED = "rejected";

    public boolean isOnPlatform() {
        return id != null && !CONFLICT.equals(outcome) && !REJECTED.equals(outcome);
    }
}
