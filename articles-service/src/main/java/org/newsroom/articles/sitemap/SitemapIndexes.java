package org.newsroom.articles.sitemap;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.reactivestreams.client.MongoClient;
import io.micronaut.data.mongodb.operations.MongoDatabaseNameProvider;
import jakarta.inject.Singleton;
import org.newsroom.articles.Article;
import org.newsroom.support.mongo.RequiredIndexes;
import org.reactivestreams.Publisher;

/** The index behind the sitemap's stable order of published articles. */
@Singleton
public class SitemapIndexes implements RequiredIndexes {

    private final MongoClient client;
    private final MongoDatabaseNameProvider databaseName;

    public SitemapIndexes(MongoClient client, MongoDatabaseNameProvider databaseName) {
        this.client = client;
        this.databaseName = databaseName;
    }

    @Override
    public Publisher<String> createIndexes() {
        return client.getDatabase(databaseName.provide(Article.class)).getCollection("articles")
                .createIndex(Indexes.ascending("status", "_id"), new IndexOptions().name("status_id"));
    }
}
