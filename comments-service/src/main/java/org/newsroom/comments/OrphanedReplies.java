package org.newsroom.comments;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Moves up, once, the replies that earlier versions left under a deleted comment (two deletions at
 * once, or a reply posted during a deletion): counted but never shown, and shown again by no
 * approval. After start-up and in the background, the pass walks the {@code _id} index for every
 * comment's path, {@value #BATCH} at a time, looks up which comments on those paths still exist, and
 * has {@link ThreadRepair} move the replies of each one that does not up past it. Then it records
 * itself in the {@code migrations} collection ({@code {_id: "comments.orphanedReplies"}}), so later
 * starts skip it. A pass cut short runs again at the next start; instances that start together may
 * both run it, which moves nothing twice. ({@code comments.orphaned-replies-pass: false} leaves it out:
 * the tests that count queries do.)
 */
@Singleton
@Requires(property = "comments.orphaned-replies-pass", notEquals = "false")
public class OrphanedReplies implements ApplicationEventListener<ServerStartupEvent> {

    static final String MARKER = "comments.orphanedReplies";
    private static final int BATCH = 100;
    private static final Logger LOG = LoggerFactory.getLogger(OrphanedReplies.class);

    private final MongoCollection<Document> comments;
    private final MongoCollection<Document> migrations;
    private final ThreadRepair repair;
    private final Sinks.One<Long> finished = Sinks.one();

    public OrphanedReplies(MongoDatabase database, ThreadRepair repair) {
        this.comments = database.getCollection("comments");
        this.migrations = database.getCollection("migrations");
        this.repair = repair;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        long began = System.nanoTime();
        repairOnce()
                .retryWhen(Retry.backoff(3, Duration.ofSeconds(1)))
                .subscribe(count -> {
                    if (count > 0) {
                        LOG.info("Replies of {} deleted comments moved up to the nearest comment still there in {} ms", count,
                                (System.nanoTime() - began) / 1_000_000);
                    }
                    finished.tryEmitValue(count);
                }, error -> {
                    LOG.warn("Replies left under deleted comments not moved up ({}); the next start tries again", error.getMessage());
                    finished.tryEmitError(error);
                });
    }

    /** How many deleted comments the start-up pass found replies under, once it is over. */
    Mono<Long> finished() {
        return finished.asMono();
    }

    /** The pass, unless recorded as done: how many deleted comments still had replies under them. */
    Mono<Long> repairOnce() {
        return Mono.from(migrations.find(Filters.eq("_id", MARKER)).first())
                .map(done -> 0L)
                .switchIfEmpty(Mono.defer(() -> repairAll().flatMap(count -> markDone().thenReturn(count))));
    }

    private Mono<Long> repairAll() {
        Set<String> gone = new HashSet<>();
        return Flux.from(comments.find().projection(Projections.include("ancestors")).sort(Sorts.ascending("_id")))
                .map(comment -> comment.getList("ancestors", String.class, List.of()))
                .buffer(BATCH)
                .concatMap(paths -> {
                    Set<String> above = new HashSet<>();
                    paths.forEach(above::addAll);
                    above.removeAll(gone);
                    return repair.standing(above).flatMapMany(found -> Flux.fromIterable(above)
                            .filter(id -> !found.containsKey(id) && gone.add(id))
                            .concatMap(id -> repair.reattachRepliesOf(id).thenReturn(id)));
                })
                .count();
    }

    private Mono<Void> markDone() {
        return Mono.from(migrations.replaceOne(Filters.eq("_id", MARKER), new Document("_id", MARKER).append("doneAt", new Date()),
                new ReplaceOptions().upsert(true))).then();
    }
}
