package org.newsroom.articles.importing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * What an import did: {@code created}, {@code updated} (the original changed since the last
 * import), {@code unchanged}, or {@code deleted} (imported before, deleted here since: not brought back);
 * {@code tagsLeftOut}: the original's tags an article cannot keep (too long, or beyond the most an article has).
 */
@Serdeable
public record ArticleImportResult(String outcome, @Nullable String id, @Nullable String slug, List<String> tagsLeftOut) {

    ArticleImportResult(String outcome, @Nullable String id, @Nullable String slug) {
        this(outcome, id, slug, List.of());
    }

    ArticleImportResult withTagsLeftOut(List<String> leftOut) {
        return new ArticleImportResult(outcome, id, slug, leftOut);
    }

    static final String CREATED = "created";
    static final String UPDATED = "updated";
    static final String UNCHANGED = "unchanged";
    static final String DELETED = "deleted";
}
