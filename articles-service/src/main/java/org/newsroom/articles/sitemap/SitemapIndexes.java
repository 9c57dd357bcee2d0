package org.newsroom.articles.sitemap;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.reactivestreams.client.MongoClient;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.mongodb.operations.MongoDatabaseNameProvider;
import jakarta.inject.Singleton;
import org.newsroom.articles.Article;
import reactor.core.publisher.Mono;

import java.time.Duration;

/** The index behind the sitemap's stable order of published articles (idempotent, before traffic is taken). */
@Singleton
public class SitemapIndexes implements ApplicationEventListener<StartupEvent> {

    private final MongoClient client;
    private final MongoDatabaseNameProvider databaseName;

    public SitemapIndexes(MongoClient client, MongoDatabaseNameProvider databaseName) {
        this.client = client;
        this.databaseName = databaseName;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        Mono.from(client.getDatabase(databaseName.provide(Article.class)).getCollection("articles")
                        .createIndex(Indexes.ascending("status", "_id"), new IndexOptions().name("status_id")))
                .block(Duration.ofSeconds(60));
    }
}
