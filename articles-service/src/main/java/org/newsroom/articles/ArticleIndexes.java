package org.newsroom.articles;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoDatabase;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.data.mongodb.operations.MongoDatabaseNameProvider;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;

/** Creates the indexes the queries rely on (idempotent; Micronaut Data creates none). */
@Singleton
public class ArticleIndexes implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleIndexes.class);

    private final MongoDatabase database;

    public ArticleIndexes(MongoClient client, MongoDatabaseNameProvider databaseName) {
        this.database = client.getDatabase(databaseName.provide(Article.class));
    }

    /** Blocks the startup thread on purpose: the service must not take traffic before its unique index exists. */
    @Override
    public void onApplicationEvent(StartupEvent event) {
        create().block(Duration.ofSeconds(60));
        LOG.info("Article indexes are in place");
    }

    Mono<Void> create() {
        var articles = database.getCollection("articles");
        return Flux.concat(
                articles.createIndex(Indexes.ascending("slug"), new IndexOptions().unique(true).name("slug_unique")),
                articles.createIndex(Indexes.compoundIndex(Indexes.ascending("status"), Indexes.descending("publishedAt", "_id")),
                        new IndexOptions().name("status_publishedAt_id")),
                articles.createIndex(Indexes.compoundIndex(Indexes.ascending("status"), Indexes.descending("updatedAt", "_id")),
                        new IndexOptions().name("status_updatedAt_id")),
                articles.createIndex(Indexes.ascending("tags"), new IndexOptions().name("tags")),
                articles.createIndex(Indexes.ascending("searchTokens"), new IndexOptions().name("searchTokens")),
                database.getCollection("article_deletions").createIndex(Indexes.ascending("deletedAt"),
                        new IndexOptions().name("deletedAt"))
        ).then();
    }
}
