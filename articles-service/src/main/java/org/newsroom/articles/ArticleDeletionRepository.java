package org.newsroom.articles;

import io.micronaut.data.mongodb.annotation.MongoRepository;
import io.micronaut.data.repository.reactive.ReactorCrudRepository;
import reactor.core.publisher.Flux;

@MongoRepository
public interface ArticleDeletionRepository extends ReactorCrudRepository<ArticleDeletion, String> {

    Flux<ArticleDeletion> findTop100OrderByDeletedAt();
}
