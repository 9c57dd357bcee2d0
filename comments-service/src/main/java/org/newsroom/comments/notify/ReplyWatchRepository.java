package org.newsroom.comments.notify;

import io.micronaut.data.mongodb.annotation.MongoRepository;
import io.micronaut.data.repository.reactive.ReactorCrudRepository;

@MongoRepository
public interface ReplyWatchRepository extends ReactorCrudRepository<ReplyWatch, String> {
}
