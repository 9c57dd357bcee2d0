package org.newsroom.gateway.articles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** An entry of articles-service's deletion outbox: an article is gone, its comments may not be yet. */
@Serdeable
record Deletion(@Nullable String articleId, @Nullable String slug, @Nullable String deletedAt) {
}
