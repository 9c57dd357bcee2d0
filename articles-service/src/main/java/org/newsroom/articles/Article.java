package org.newsroom.articles;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
@MappedEntity("articles")
public record Article(@Id @GeneratedValue String id, String slug, String title, java.util.List<String> tags) {
}
