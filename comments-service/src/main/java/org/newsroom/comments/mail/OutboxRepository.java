package org.newsroom.comments.mail;

import io.micronaut.data.mongodb.annotation.MongoRepository;
import io.micronaut.data.repository.reactive.ReactorCrudRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@MongoRepository
public interface OutboxRepository extends ReactorCrudRepository<OutboxMail, String> {

    Mono<Boolean> existsByDedupeKey(String dedupeKey);

    Flux<OutboxMail> findByKind(String kind);
}
