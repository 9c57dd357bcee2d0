package org.newsroom.articles;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.mongodb.operations.MongoDatabaseNameProvider;
import jakarta.inject.Singleton;
import org.bson.conversions.Bson;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.List;

/** Paged article lists: published ones by tag and words, and drafts. Every filter is index-backed. */
@Singleton
public class ArticleSearch {

    private final MongoCollection<Article> articles;

    public ArticleSearch(MongoClient client, MongoDatabaseNameProvider databaseName) {
        this.articles = client.getDatabase(databaseName.provide(Article.class)).getCollection("articles", Article.class);
    }

    public Mono<ArticlePage> published(int page, int size, @Nullable String tag, @Nullable String words) {
        return withWords(withTag(Article.PUBLISHED, tag), words, Sorts.descending("publishedAt", "_id"), page, size);
    }

    public Mono<ArticlePage> drafts(int page, int size, @Nullable String tag, @Nullable String words) {
        return withWords(withTag(Article.DRAFT, tag), words, Sorts.descending("updatedAt", "_id"), page, size);
    }

    private static List<Bson> withTag(String status, @Nullable String tag) {
        List<Bson> filters = new ArrayList<>(List.of(Filters.eq("status", status)));
        if (tag != null && !tag.isBlank()) {
            filters.add(Filters.eq("tags", Tags.keyOf(tag)));
        }
        return filters;
    }

    /**
     * The page of articles that pass {@code filters} and have every word of {@code words}: a blank {@code words}
     * is no filter, and one without any word (only punctuation: {@code ?}, {@code *}) matches nothing.
     */
    private Mono<ArticlePage> withWords(List<Bson> filters, @Nullable String words, Bson sort, int page, int size) {
        if (words != null && !words.isBlank()) {
            List<String> tokens = SearchTokens.ofQuery(words);
            if (tokens.isEmpty()) {
                return Mono.just(ArticlePage.of(List.of(), page, size, 0));
            }
            filters.add(Filters.all("searchTokens", tokens));
        }
        return page(Filters.and(filters), sort, page, size);
    }

    private Mono<ArticlePage> page(Bson filter, Bson sort, int page, int size) {
        long skip = (long) (page - 1) * size;
        Mono<List<ArticleSummary>> items = skip > Integer.MAX_VALUE
                ? Mono.just(List.of())
                : Flux.from(articles.find(filter).sort(sort).skip((int) skip).limit(size)).map(ArticleSummary::of).collectList();
        return Mono.zip(items, Mono.from(articles.countDocuments(filter)))
                .map(found -> ArticlePage.of(found.getT1(), page, size, found.getT2()));
    }
}
