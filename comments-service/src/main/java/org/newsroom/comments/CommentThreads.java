package org.newsroom.comments;

import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import jakarta.inject.Singleton;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading what readers see: a page of top-level threads with their visible replies nested, in four
 * index-backed queries whatever the article's size (two when every thread fits on the first page),
 * one comment with its replies, and counts.
 */
@Singleton
public class CommentThreads {

    private static final Bson OLDEST_FIRST = Sorts.ascending("createdAt", "_id");

    private final MongoCollection<Comment> comments;
    private final MongoCollection<Document> documents;

    public CommentThreads(MongoCollection<Comment> comments, MongoDatabase database) {
        this.comments = comments;
        this.documents = database.getCollection("comments");
    }

    public Mono<CommentPage> page(String articleId, int page, int size) {
        Bson roots = Filters.and(Filters.eq("articleId", articleId), Filters.eq("depth", 1), Filters.eq("visible", true));
        return Paging.page(comments.find(roots).sort(OLDEST_FIRST), page, size).collectList()
                .flatMap(threads -> {
                    List<String> rootIds = threads.stream().map(Comment::id).toList();
                    Mono<List<Comment>> replies = rootIds.isEmpty() ? Mono.just(List.of())
                            : Flux.from(comments.find(Filters.and(Filters.in("rootId", rootIds), Filters.eq("visible", true))).sort(OLDEST_FIRST)).collectList();
                    if (page == 1 && threads.size() < size) {
                        // every visible thread is on this page, and a visible reply's ancestors are all visible: nothing left to count
                        return replies.map(all -> new CommentPage(nest(threads, all), page, size, threads.size(),
                                threads.isEmpty() ? 0 : 1, threads.size() + all.size()));
                    }
                    Mono<Long> total = Mono.from(comments.countDocuments(roots));
                    Mono<Long> count = Mono.from(comments.countDocuments(Filters.and(Filters.eq("articleId", articleId), Filters.eq("visible", true))));
                    return Mono.zip(replies, total, count).map(found -> new CommentPage(nest(threads, found.getT1()), page, size,
                            found.getT2(), (found.getT2() + size - 1) / size, found.getT3()));
                });
    }

    /** A visible comment with its visible replies, and the id of its article. */
    public Mono<CommentView> one(String id) {
        return Mono.from(comments.find(Filters.and(Filters.eq("_id", new ObjectId(id)), Filters.eq("visible", true))).first())
                .flatMap(comment -> Flux.from(comments.find(Filters.and(Filters.eq("ancestors", id), Filters.eq("visible", true)))
                                .sort(OLDEST_FIRST)).collectList()
                        .map(replies -> nest(List.of(comment), replies).get(0).onArticle(comment.articleId())));
    }

    /** Visible comments per article, in one aggregation; articles without any count 0. */
    public Mono<Map<String, Long>> counts(List<String> articleIds) {
        Map<String, Long> counts = new LinkedHashMap<>();
        articleIds.forEach(id -> counts.put(id, 0L));
        if (articleIds.isEmpty()) {
            return Mono.just(counts);
        }
        return Flux.from(documents.aggregate(List.of(
                        Aggregates.match(Filters.and(Filters.in("articleId", articleIds), Filters.eq("visible", true))),
                        new Document("$group", new Document("_id", "$articleId").append("n", new Document("$sum", 1))))))
                .doOnNext(row -> counts.put(row.getString("_id"), ((Number) row.get("n")).longValue()))
                .then(Mono.just(counts));
    }

    static List<CommentView> nest(List<Comment> tops, List<Comment> replies) {
        Map<String, List<Comment>> children = new HashMap<>();
        for (Comment reply : replies) {
            children.computeIfAbsent(reply.parentId(), parent -> new ArrayList<>()).add(reply);
        }
        return tops.stream().map(top -> view(top, children)).toList();
    }

    private static CommentView view(Comment comment, Map<String, List<Comment>> children) {
        List<CommentView> replies = children.getOrDefault(comment.id(), List.of()).stream()
                .map(child -> view(child, children)).toList();
        return CommentView.of(comment, replies);
    }
}
