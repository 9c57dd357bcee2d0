package org.newsroom.articles;

import io.micronaut.data.mongodb.annotation.MongoRepository;
import io.micronaut.data.repository.reactive.ReactorCrudRepository;
import reactor.core.publisher.Mono;

@MongoRepository
public interface ArticleRepository extends ReactorCrudRepository<Article, String> {

    Mono<Article> findBySlug(String slug);
}
