package org.newsroom.comments.notify;

import io.micronaut.data.mongodb.annotation.MongoRepository;
import io.micronaut.data.repository.reactive.ReactorCrudRepository;
import reactor.core.publisher.Mono;

@MongoRepository
public interface SubscriberRepository extends ReactorCrudRepository<Subscriber, String> {

    Mono<Subscriber> findByConfirmTokenHash(String confirmTokenHash);

    Mono<Subscriber> findByUnsubscribeToken(String unsubscribeToken);
}
