package org.newsroom.comments;

import com.mongodb.MongoCommandException;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.List;

/**
 * The indexes every query relies on, created before traffic is taken (idempotent). Each page query
 * filters on a prefix of one of them and sorts by its next fields, so no query sorts in memory or
 * scans; {@code QueriesUseDeclaredIndexesTest} checks every query shape against this list.
 */
@Singleton
public class CommentIndexes implements ApplicationEventListener<StartupEvent> {

    /** Earlier indexes that could not give the pages' order ({@code createdAt, _id}) without a sort in memory. */
    private static final List<String> REPLACED = List.of("threads", "replies", "ancestors", "moderation_queue", "moderation_by_article");
    private static final int INDEX_NOT_FOUND = 27;

    private final MongoCollection<Comment> comments;
    private final FloodGuard floodGuard;

    public CommentIndexes(MongoCollection<Comment> comments, FloodGuard floodGuard) {
        this.comments = comments;
        this.floodGuard = floodGuard;
    }

    private Mono<Void> dropIfPresent(String name) {
        return Mono.from(comments.dropIndex(name))
                .onErrorResume(MongoCommandException.class, e -> e.getErrorCode() == INDEX_NOT_FOUND ? Mono.empty() : Mono.error(e));
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        Flux.concat(
                comments.createIndex(Indexes.ascending("dedupeKey"), new IndexOptions().unique(true).name("dedupe_unique")),
                comments.createIndex(Indexes.ascending("articleId", "depth", "visible", "createdAt", "_id"), new IndexOptions().name("threads_page")),
                comments.createIndex(Indexes.ascending("rootId", "visible", "createdAt", "_id"), new IndexOptions().name("replies_page")),
                comments.createIndex(Indexes.ascending("articleId", "visible"), new IndexOptions().name("article_visible")),
                comments.createIndex(Indexes.ascending("ancestors", "visible", "createdAt", "_id"), new IndexOptions().name("subtree")),
                comments.createIndex(Indexes.ascending("status", "createdAt", "_id"), new IndexOptions().name("moderation_queue_page")),
                comments.createIndex(Indexes.ascending("articleSlug", "status", "createdAt", "_id"), new IndexOptions().name("moderation_by_article_page")),
                comments.createIndex(Indexes.ascending("authorEmailKey", "status"), new IndexOptions().name("returning_author")),
                Flux.fromIterable(REPLACED).concatMap(this::dropIfPresent),
                floodGuard.createIndexes()
        ).then().block(Duration.ofSeconds(60));
    }
}
