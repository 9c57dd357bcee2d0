package org.newsroom.articles;

import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoDatabase;
import io.micronaut.data.mongodb.operations.MongoDatabaseNameProvider;
import jakarta.inject.Singleton;
import org.newsroom.support.mongo.RequiredIndexes;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.List;

/** The indexes the queries rely on (Micronaut Data creates none), one command per collection. */
@Singleton
public class ArticleIndexes implements RequiredIndexes {

    private final MongoDatabase database;

    public ArticleIndexes(MongoClient client, MongoDatabaseNameProvider databaseName) {
        this.database = client.getDatabase(databaseName.provide(Article.class));
    }

    @Override
    public Mono<Void> createIndexes() {
        return Flux.merge(
                database.getCollection("articles").createIndexes(List.of(
                        new IndexModel(Indexes.ascending("slug"), new IndexOptions().unique(true).name("slug_unique")),
                        new IndexModel(Indexes.compoundIndex(Indexes.ascending("status"), Indexes.descending("publishedAt", "_id")),
                                new IndexOptions().name("status_publishedAt_id")),
                        new IndexModel(Indexes.compoundIndex(Indexes.ascending("status"), Indexes.descending("updatedAt", "_id")),
                                new IndexOptions().name("status_updatedAt_id")),
                        new IndexModel(Indexes.ascending("tags"), new IndexOptions().name("tags")),
                        new IndexModel(Indexes.ascending("searchTokens"), new IndexOptions().name("searchTokens")))),
                database.getCollection("article_deletions").createIndex(Indexes.ascending("deletedAt"),
                        new IndexOptions().name("deletedAt"))
        ).then();
    }
}
