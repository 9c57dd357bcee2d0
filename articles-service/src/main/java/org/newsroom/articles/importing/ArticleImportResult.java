package org.newsroom.articles.importing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * What an import did: {@code created}, {@code updated} (the original changed since the last
 * import), {@code unchanged}, or {@code deleted} (imported before, deleted here since: not brought back).
 */
@Serdeable
public record ArticleImportResult(String outcome, @Nullable String id, @Nullable String slug) {

    static final String CREATED = "created";
    static final String UPDATED = "updated";
    static final String UNCHANGED = "unchanged";
    static final String DELETED = "deleted";
}
