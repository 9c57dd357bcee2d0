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
    private static final Bson BY_ID = Sorts.ascending("_id");

    private final MongoCollection<Document> articles;

    public SitemapEntries(MongoClient client, MongoDatabaseNameProvider databaseName) {
        this.articles = client.getDatabase(databaseName.provide(Article.class)).getCollection("articles");
    }

    public Mono<SitemapPage> page(int page, int size) {
        long skip = (long) (page - 1) * size;
        Mono<List<SitemapEntry>> items = skip > Integer.MAX_VALUE ? Mono.just(List.of())
                : partFilter((int) skip).flatMap(filter -> Flux.from(articles.find(filter)
                                .projection(Projections.include("slug", "updatedAt")).sort(BY_ID).limit(size))
                        .map(document -> new SitemapEntry(document.getString("slug"), document.get("updatedAt", Date.class).toInstant()))
                        .collectList())
                .defaultIfEmpty(List.of());
        return Mono.zip(items, Mono.from(articles.countDocuments(PUBLISHED)))
                .map(found -> new SitemapPage(found.getT1(), page, size, found.getT2(), (found.getT2() + size - 1) / size));
    }

    /**
     * The published articles from a part's first on: those before it are skipped in the index alone
     * (only {@code _id} is read, a covered query), so that a late part of a large site never fetches
     * the earlier ones. Empty past the last article.
     */
    private Mono<Bson> partFilter(int skip) {
        if (skip == 0) {
            return Mono.just(PUBLISHED);
        }
        return Mono.from(articles.find(PUBLISHED).projection(Projections.include("_id")).sort(BY_ID).skip(skip).limit(1).first())
                .map(first -> Filters.and(PUBLISHED, Filters.gte("_id", first.get("_id"))));
    }
}
