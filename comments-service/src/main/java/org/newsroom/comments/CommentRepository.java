package org.newsroom.comments;

import io.micronaut.data.mongodb.annotation.MongoRepository;
import io.micronaut.data.repository.reactive.ReactorCrudRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@MongoRepository
public interface CommentRepository extends ReactorCrudRepository<Comment, String> {

    Mono<Boolean> existsByDedupeKey(String dedupeKey);

    Mono<Boolean> existsByAuthorEmailKeyAndStatus(String authorEmailKey, String status);

    Flux<Comment> findByAncestors(String ancestorId);

    Mono<Long> deleteByArticleId(String articleId);
}
