package org.newsroom.articles;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.data.mongodb.operations.MongoDatabaseNameProvider;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.retry.Retry;

import java.time.Duration;
import java.util.Date;

/**
 * Gives the articles stored under an older way of making search words ({@link SearchTokens#VERSION}) the
 * current words, once, after start-up and in the background: the service is ready and serves meanwhile, a
 * search finding the articles not yet done by their former words. A marker in the {@code migrations}
 * collection says which version the stored words are at; absent (a store from before the marker, or a new
 * one, where there is nothing to do) is the first version. The words are made from what is stored (title,
 * excerpt, {@code bodyHtml}), and an article is written only if its version is still the one read: an edit
 * in between, which writes the current words itself, is never overwritten, and the version is left as it
 * is (an editor's open form stays current). The pass walks the {@code _id} index for the ids, then reads
 * the articles {@value #BATCH} at a time by id, on any MongoDB. A pass cut short (a stop, an outage) is
 * done again at the next start; instances that start together may both do it, writing the same words.
 */
@Singleton
public class SearchWordsUpgrade implements ApplicationEventListener<ServerStartupEvent> {

    static final String MARKER = "articles.searchTokens";
    private static final int BATCH = 100;
    private static final int WRITES_AT_ONCE = 4;
    private static final Logger LOG = LoggerFactory.getLogger(SearchWordsUpgrade.class);

    private final MongoCollection<Document> articles;
    private final MongoCollection<Document> migrations;
    private final Sinks.One<Long> finished = Sinks.one();

    public SearchWordsUpgrade(MongoClient client, MongoDatabaseNameProvider databaseName) {
        MongoDatabase database = client.getDatabase(databaseName.provide(Article.class));
        this.articles = database.getCollection("articles");
        this.migrations = database.getCollection("migrations");
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        long began = System.nanoTime();
        upgrade()
                .retryWhen(Retry.backoff(3, Duration.ofSeconds(1)))
                .subscribe(count -> {
                    if (count > 0) {
                        LOG.info("Search words of {} stored articles made anew (version {}) in {} ms", count,
                                SearchTokens.VERSION, (System.nanoTime() - began) / 1_000_000);
                    }
                    finished.tryEmitValue(count);
                }, error -> {
                    LOG.warn("Search words of stored articles not brought up to date ({}); the next start tries again",
                            error.getMessage());
                    finished.tryEmitError(error);
                });
    }

    /** How many articles the start-up pass rewrote, once it is over. */
    Mono<Long> finished() {
        return finished.asMono();
    }

    /** The pass: how many articles got the current words; none when the marker is current. */
    Mono<Long> upgrade() {
        return Mono.from(migrations.find(Filters.eq("_id", MARKER)).first())
                .map(marker -> marker.get("version", Number.class).intValue())
                .defaultIfEmpty(1)
                .flatMap(version -> version >= SearchTokens.VERSION ? Mono.just(0L)
                        : rewriteAll().flatMap(count -> markDone().thenReturn(count)));
    }

    private Mono<Long> rewriteAll() {
        return Flux.from(articles.find().projection(Projections.include("_id")).sort(Sorts.ascending("_id")))
                .map(article -> article.get("_id"))
                .buffer(BATCH)
                .concatMap(ids -> Flux.from(articles.find(Filters.in("_id", ids))
                                .projection(Projections.include("title", "excerpt", "bodyHtml", "version")))
                        .flatMap(this::rewrite, WRITES_AT_ONCE))
                .reduce(0L, Long::sum);
    }

    private Mono<Long> rewrite(Document article) {
        var words = SearchTokens.ofArticle(text(article, "title"), text(article, "excerpt"), text(article, "bodyHtml"));
        return Mono.from(articles.updateOne(Filters.and(Filters.eq("_id", article.get("_id")), Filters.eq("version", article.get("version"))),
                Updates.set("searchTokens", words))).map(UpdateResult::getMatchedCount);
    }

    private Mono<Void> markDone() {
        return Mono.from(migrations.replaceOne(Filters.eq("_id", MARKER),
                new Document("_id", MARKER).append("version", SearchTokens.VERSION).append("doneAt", new Date()),
                new ReplaceOptions().upsert(true))).then();
    }

    private static String text(Document article, String field) {
        String value = article.getString(field);
        return value == null ? "" : value;
    }
}
