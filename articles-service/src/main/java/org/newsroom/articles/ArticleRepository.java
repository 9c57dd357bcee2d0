package org.newsroom.articles;

import io.micronaut.data.mongodb.annotation.MongoProjection;
import io.micronaut.data.mongodb.annotation.MongoRepository;
import io.micronaut.data.repository.reactive.ReactorCrudRepository;
import reactor.core.publisher.Mono;

@MongoRepository
public interface ArticleRepository extends ReactorCrudRepository<Article, String> {

    Mono<Article> findBySlug(String slug);

    /**
     * The article for an answer: without its search words, which no answer shows and which are a
     * large part of the document, read and decoded on every view. Never save what this returns.
     */
    @MongoProjection("{searchTokens: 0}")
    Mono<Article> readBySlug(String slug);
}
