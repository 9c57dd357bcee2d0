package org.newsroom.comments.latest;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import org.newsroom.comments.Comment;
import reactor.core.publisher.Flux;

import java.time.Duration;

/** The indexes behind the newest visible comments, site-wide and per article (idempotent, before traffic is taken). */
@Singleton
public class LatestCommentIndexes implements ApplicationEventListener<StartupEvent> {

    private final MongoCollection<Comment> comments;

    public LatestCommentIndexes(MongoCollection<Comment> comments) {
        this.comments = comments;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        Flux.concat(
                comments.createIndex(Indexes.compoundIndex(Indexes.ascending("visible"), Indexes.descending("createdAt", "_id")),
                        new IndexOptions().name("latest_visible")),
                comments.createIndex(Indexes.compoundIndex(Indexes.ascending("articleId", "visible"), Indexes.descending("createdAt", "_id")),
                        new IndexOptions().name("latest_visible_of_article"))
        ).then().block(Duration.ofSeconds(60));
    }
}
