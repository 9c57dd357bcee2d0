package org.newsroom.articles.published;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.micronaut.data.mongodb.operations.MongoDatabaseNameProvider;
import jakarta.inject.Singleton;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.newsroom.articles.Article;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.List;

/** Which of some article ids are published now: one query by the ids' index, only the ids read. */
@Singleton
public class PublishedArticles {

    private final MongoCollection<Document> articles;

    public PublishedArticles(MongoClient client, MongoDatabaseNameProvider databaseName) {
        this.articles = client.getDatabase(databaseName.provide(Article.class)).getCollection("articles");
    }

    public Mono<PublishedIds> among(List<ObjectId> ids) {
        if (ids.isEmpty()) {
            return Mono.just(new PublishedIds(List.of()));
        }
        return Flux.from(articles.find(Filters.and(Filters.in("_id", ids), Filters.eq("status", Article.PUBLISHED)))
                        .projection(Projections.include("_id")))
                .map(document -> document.getObjectId("_id").toHexString())
                .collectList()
                .map(PublishedIds::new);
    }
}
