package org.newsroom.comments;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;

/**
 * A moderator's deletion for good, safe with several instances and with replies posted meanwhile.
 * The comment is first marked {@code deleting} and hidden by one conditional update: the DELETE whose
 * update marked it is the one that deleted it (204; any other, on any instance, gets 404), and from
 * then on it takes no reply (it is not visible). Then its replies are moved up past it
 * ({@link ThreadRepair}: past any neighbour being deleted at the same time too) and it is removed.
 * Every step may be done again by anyone: a DELETE that finds the mark helps to finish, and a sweep
 * finishes the deletions an instance did not live to finish.
 */
@Singleton
public class CommentDeletion {

    private static final Logger LOG = LoggerFactory.getLogger(CommentDeletion.class);
    private static final int MAX_PER_SWEEP = 100;
    private static final Duration SWEEP_TIMEOUT = Duration.ofMinutes(2);

    private final MongoCollection<Comment> comments;
    private final ThreadRepair repair;

    public CommentDeletion(MongoCollection<Comment> comments, ThreadRepair repair) {
        this.comments = comments;
        this.repair = repair;
    }

    /** True when this call deleted the comment; false when there was none, or another call had started deleting it (and it is gone now). */
    public Mono<Boolean> delete(String id) {
        if (!ObjectIds.isValid(id)) {
            return Mono.just(false);
        }
        return mark(id).flatMap(marked -> marked
                ? finish(id).thenReturn(true)
                : Mono.from(comments.find(Filters.eq("_id", new ObjectId(id))).first()).flatMap(underWay -> finish(id)).thenReturn(false));
    }

    /** Marks the comment {@code deleting} and hides it; true when this call marked it (it existed, unmarked). */
    Mono<Boolean> mark(String id) {
        return Mono.from(comments.updateOne(Filters.and(Filters.eq("_id", new ObjectId(id)), Filters.ne("deleting", true)),
                        Updates.combine(Updates.set("deleting", true), Updates.set("visible", false))))
                .map(marked -> marked.getMatchedCount() == 1);
    }

    /** Moves the replies of a comment marked {@code deleting} up past it, then removes it. */
    Mono<Void> finish(String id) {
        return repair.reattachRepliesOf(id)
                .then(Mono.from(comments.deleteOne(Filters.and(Filters.eq("_id", new ObjectId(id)), Filters.eq("deleting", true)))))
                .then();
    }

    /** Finishes the deletions found under way: most are being finished by their own request, which this only helps. */
    @Scheduled(fixedDelay = "${comments.deletion-sweep:1m}", initialDelay = "${comments.deletion-sweep:1m}")
    void finishDeletionsUnderWay() {
        try {
            Long finished = Flux.from(comments.find(Filters.eq("deleting", true)).limit(MAX_PER_SWEEP))
                    .concatMap(comment -> finish(comment.id()).thenReturn(comment.id()))
                    .count()
                    .block(SWEEP_TIMEOUT);
            if (finished != null && finished > 0) {
                LOG.info("finished {} deletions found under way", finished);
            }
        } catch (RuntimeException e) {
            LOG.warn("finishing the deletions under way failed: {}", e.getClass().getSimpleName(), e);
        }
    }
}
