package org.newsroom.articles.published;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The ids, of those asked about, of articles that are published. */
@Serdeable
public record PublishedIds(List<String> ids) {
}
