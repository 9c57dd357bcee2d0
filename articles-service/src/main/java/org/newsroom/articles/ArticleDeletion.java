package org.newsroom.articles;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** Outbox entry: an article is gone, its comments may not be yet. */
@Serdeable
@MappedEntity("article_deletions")
public record ArticleDeletion(@Id String articleId, String slug, Instant deletedAt) {
}
