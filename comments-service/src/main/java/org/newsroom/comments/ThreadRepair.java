package org.newsroom.comments;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.bson.Document;
import org.bson.types.ObjectId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps replies under comments that exist. A reply's path ({@code ancestors}) only ever loses steps:
 * the comments deleted for good, or being deleted ({@code deleting}); its parent, root, depth and
 * visibility follow from that path and the statuses along it. Each write of a path is conditional on
 * the path and status read, and a reply that changed meanwhile is read and done again, so deletions
 * running at once on any instances, each leaving out the steps it saw gone, end with every gone step
 * left out, never with one put back; doing it again changes nothing.
 */
@Singleton
public class ThreadRepair {

    /** Each round that leaves something to do follows a change by someone else, and a path has at most four steps. */
    private static final int MAX_ROUNDS = 20;

    private final MongoCollection<Comment> comments;
    private final MongoCollection<Document> documents;

    public ThreadRepair(MongoCollection<Comment> comments) {
        this.comments = comments;
        this.documents = comments.withDocumentClass(Document.class);
    }

    /** A comment above a reply, as far as the reply cares: its status and whether it is being deleted. */
    public record Above(String status, boolean deleting) {

        boolean approved() {
            return CommentStatus.APPROVED.equals(status);
        }
    }

    /** Moves every reply under {@code id} (being deleted, or gone) up to the nearest comment above it that stays, until none is left under it. */
    public Mono<Void> reattachRepliesOf(String id) {
        return reattachRepliesOf(id, 0);
    }

    private Mono<Void> reattachRepliesOf(String id, int round) {
        return Flux.from(comments.find(Filters.eq("ancestors", id))).collectList().flatMap(replies -> {
            if (replies.isEmpty()) {
                return Mono.empty();
            }
            if (round == MAX_ROUNDS) {
                return Mono.error(new IllegalStateException("the replies of " + id + " kept changing while they were moved up"));
            }
            return moveUp(replies).then(reattachRepliesOf(id, round + 1));
        });
    }

    /** A reply just stored, moved up if a comment above it went while it was posted; answers the reply as it is now. */
    public Mono<Comment> reattach(Comment reply) {
        return reattach(reply, 0);
    }

    private Mono<Comment> reattach(Comment reply, int round) {
        if (reply.ancestors().isEmpty()) {
            return Mono.just(reply);
        }
        return moveUp(List.of(reply)).flatMap(moves -> {
            if (moves.wanted() == 0) {
                return Mono.just(reply);
            }
            Mono<Comment> now = Mono.from(comments.find(Filters.eq("_id", new ObjectId(reply.id()))).first());
            if (moves.done() == moves.wanted()) {
                return now.defaultIfEmpty(reply);
            }
            if (round == MAX_ROUNDS) {
                return Mono.error(new IllegalStateException("reply " + reply.id() + " kept changing while it was moved up"));
            }
            return now.flatMap(changed -> reattach(changed, round + 1)).defaultIfEmpty(reply);
        });
    }

    /** How many of the replies had a gone comment above them, and how many of those were moved (the others changed meanwhile). */
    record Moves(int wanted, int done) {
    }

    private Mono<Moves> moveUp(List<Comment> replies) {
        return above(replies).flatMap(above -> {
            List<UpdateOneModel<Comment>> moves = replies.stream().map(reply -> movedUp(reply, above)).flatMap(Optional::stream).toList();
            if (moves.isEmpty()) {
                return Mono.just(new Moves(0, 0));
            }
            return Mono.from(comments.bulkWrite(moves, new BulkWriteOptions().ordered(false)))
                    .map(result -> new Moves(moves.size(), result.getMatchedCount()));
        });
    }

    /**
     * The write moving {@code reply} up past every comment above it that is gone or being deleted
     * (to the top level when none is left), if there is one; applied only if the reply's path and
     * status are still the ones it was computed from.
     */
    static Optional<UpdateOneModel<Comment>> movedUp(Comment reply, Map<String, Above> above) {
        List<String> path = reply.ancestors().stream().filter(id -> above.containsKey(id) && !above.get(id).deleting()).toList();
        if (path.size() == reply.ancestors().size()) {
            return Optional.empty();
        }
        boolean visible = CommentStatus.APPROVED.equals(reply.status()) && !reply.underDeletion()
                && path.stream().allMatch(id -> above.get(id).approved());
        return Optional.of(new UpdateOneModel<>(
                Filters.and(Filters.eq("_id", new ObjectId(reply.id())), Filters.eq("ancestors", reply.ancestors()),
                        Filters.eq("status", reply.status())),
                Updates.combine(
                        Updates.set("parentId", path.isEmpty() ? null : path.get(path.size() - 1)),
                        Updates.set("rootId", path.isEmpty() ? null : path.get(0)),
                        Updates.set("ancestors", path),
                        Updates.set("depth", path.size() + 1),
                        Updates.set("visible", visible))));
    }

    /** The comments above the replies that exist (the replies themselves included, as read): a step missing here is gone. */
    private Mono<Map<String, Above>> above(List<Comment> replies) {
        Map<String, Above> above = new HashMap<>();
        replies.forEach(reply -> above.put(reply.id(), new Above(reply.status(), reply.underDeletion())));
        List<String> others = replies.stream().flatMap(reply -> reply.ancestors().stream()).distinct()
                .filter(id -> !above.containsKey(id)).toList();
        return standing(others).map(found -> {
            above.putAll(found);
            return above;
        });
    }

    /** The status of each of these comments that exists, and whether it is being deleted. */
    public Mono<Map<String, Above>> standing(Collection<String> ids) {
        Map<String, Above> found = new HashMap<>();
        if (ids.isEmpty()) {
            return Mono.just(found);
        }
        return Flux.from(documents.find(Filters.in("_id", ids.stream().map(ObjectId::new).toList()))
                        .projection(Projections.include("status", "deleting")))
                .doOnNext(document -> found.put(document.getObjectId("_id").toHexString(),
                        new Above(document.getString("status"), isTrue(document.getBoolean("deleting")))))
                .then(Mono.fromSupplier(() -> found));
    }

    private static boolean isTrue(@Nullable Boolean value) {
        return Boolean.TRUE.equals(value);
    }
}
