package org.newsroom.articles;

import io.micronaut.data.mongodb.annotation.MongoRepository;
import io.micronaut.data.repository.reactive.ReactorPageableRepository;

@MongoRepository
public interface ArticleRepository extends ReactorPageableRepository<Article, String> {
}
