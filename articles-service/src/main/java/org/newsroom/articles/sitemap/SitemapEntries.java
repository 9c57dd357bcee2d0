package org.newsroom.articles.sitemap;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.micronaut.data.mongodb.operations.MongoDatabaseNameProvider;
import jakarta.inject.Singleton;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.newsroom.articles.Article;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.Date;
import java.util.List;

/** Published articles for the sitemap: only slug and last change are read (a projection, no bodies), by an index. */
@Singleton
public class SitemapEntries {

    private static final Bson PUBLISHED = Filters.eq("status", Article.PUBLISHED);

    private final MongoCollection<Document> articles;

    public SitemapEntries(MongoClient client, MongoDatabaseNameProvider databaseName) {
        this.articles = client.getDatabase(databaseName.provide(Article.class)).getCollection("articles");
    }

    public Mono<SitemapPage> page(int page, int size) {
        long skip = (long) (page - 1) * size;
        Mono<List<SitemapEntry>> items = skip > Integer.MAX_VALUE ? Mono.just(List.of())
                : Flux.from(articles.find(PUBLISHED).projection(Projections.include("slug", "updatedAt"))
                        .sort(Sorts.ascending("_id")).skip((int) skip).limit(size))
                .map(document -> new SitemapEntry(document.getString("slug"), document.get("updatedAt", Date.class).toInstant()))
                .collectList();
        return Mono.zip(items, Mono.from(articles.countDocuments(PUBLISHED)))
                .map(found -> new SitemapPage(found.getT1(), page, size, found.getT2(), (found.getT2() + size - 1) / size));
    }
}
