package org.newsroom.comments.position;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoCollection;
import jakarta.inject.Singleton;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.newsroom.comments.Comment;
import reactor.core.publisher.Mono;

/**
 * Finds the page of an article's threads (oldest first, as {@code CommentThreads} pages them) that
 * holds a visible comment: the threads before its top-level comment are counted with two
 * index-backed counts (older, and as old with a smaller id), no page is read.
 */
@Singleton
public class ThreadPositions {

    /** Threads per comment page of the gateway's article pages, where mail and feed links point. */
    public static final int SITE_THREADS_PER_PAGE = 20;

    private final MongoCollection<Comment> comments;

    public ThreadPositions(MongoCollection<Comment> comments) {
        this.comments = comments;
    }

    /** Empty when the comment is not visible. */
    public Mono<ThreadPosition> of(String id, int size) {
        return visible(new ObjectId(id)).flatMap(comment -> position(comment, size));
    }

    /** The page of {@code size} threads that holds {@code comment}'s thread; empty when that thread is not visible. */
    public Mono<Integer> pageOf(Comment comment, int size) {
        return position(comment, size).map(ThreadPosition::page);
    }

    private Mono<ThreadPosition> position(Comment comment, int size) {
        Mono<Comment> thread = comment.rootId() == null ? Mono.just(comment) : visible(new ObjectId(comment.rootId()));
        return thread.flatMap(root -> {
            Bson threads = Filters.and(Filters.eq("articleId", root.articleId()), Filters.eq("depth", 1), Filters.eq("visible", true));
            Mono<Long> older = Mono.from(comments.countDocuments(Filters.and(threads, Filters.lt("createdAt", root.createdAt()))));
            Mono<Long> sameTime = Mono.from(comments.countDocuments(Filters.and(threads, Filters.eq("createdAt", root.createdAt()),
                    Filters.lt("_id", new ObjectId(root.id())))));
            return Mono.zip(older, sameTime).map(before -> new ThreadPosition(comment.id(), root.id(),
                    (int) ((before.getT1() + before.getT2()) / size) + 1, size));
        });
    }

    private Mono<Comment> visible(ObjectId id) {
        return Mono.from(comments.find(Filters.and(Filters.eq("_id", id), Filters.eq("visible", true))).first());
    }
}
