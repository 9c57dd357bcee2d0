package org.newsroom.comments;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import reactor.core.publisher.Flux;

import java.time.Duration;

/** The indexes every query relies on, created before traffic is taken (idempotent). */
@Singleton
public class CommentIndexes implements ApplicationEventListener<StartupEvent> {

    private final MongoCollection<Comment> comments;
    private final FloodGuard floodGuard;

    public CommentIndexes(MongoCollection<Comment> comments, FloodGuard floodGuard) {
        this.comments = comments;
        this.floodGuard = floodGuard;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        Flux.concat(
                comments.createIndex(Indexes.ascending("dedupeKey"), new IndexOptions().unique(true).name("dedupe_unique")),
                comments.createIndex(Indexes.ascending("articleId", "depth", "visible", "createdAt"), new IndexOptions().name("threads")),
                comments.createIndex(Indexes.ascending("rootId", "visible", "createdAt"), new IndexOptions().name("replies")),
                comments.createIndex(Indexes.ascending("articleId", "visible"), new IndexOptions().name("article_visible")),
                comments.createIndex(Indexes.ascending("ancestors"), new IndexOptions().name("ancestors")),
                comments.createIndex(Indexes.ascending("status", "createdAt"), new IndexOptions().name("moderation_queue")),
                comments.createIndex(Indexes.ascending("articleSlug", "status", "createdAt"), new IndexOptions().name("moderation_by_article")),
                comments.createIndex(Indexes.ascending("authorEmailKey", "status"), new IndexOptions().name("returning_author")),
                floodGuard.createIndexes()
        ).then().block(Duration.ofSeconds(60));
    }
}
