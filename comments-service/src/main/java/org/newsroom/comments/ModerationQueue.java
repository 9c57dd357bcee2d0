package org.newsroom.comments;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What moderators browse: comments by status (and article), oldest first, and how many there are of each. */
@Singleton
public class ModerationQueue {

    private final MongoCollection<Comment> comments;
    private final MongoCollection<Document> documents;

    public ModerationQueue(MongoCollection<Comment> comments, MongoDatabase database) {
        this.comments = comments;
        this.documents = database.getCollection("comments");
    }

    public Mono<ModerationPage> page(String status, @Nullable String articleSlug, int page, int size) {
        Bson filter = articleSlug == null || articleSlug.isBlank() ? Filters.eq("status", status)
                : Filters.and(Filters.eq("articleSlug", articleSlug), Filters.eq("status", status));
        Mono<List<ModeratedComment>> items = Flux.from(comments.find(filter).sort(Sorts.ascending("createdAt", "_id"))
                        .skip((page - 1) * size).limit(size))
                .map(ModeratedComment::of).collectList();
        return Mono.zip(items, Mono.from(comments.countDocuments(filter)))
                .map(found -> new ModerationPage(found.getT1(), page, size, found.getT2(), (found.getT2() + size - 1) / size));
    }

    public Mono<Map<String, Long>> countsByStatus() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String status : List.of(CommentStatus.PENDING, CommentStatus.APPROVED, CommentStatus.SPAM, CommentStatus.TRASH)) {
            counts.put(status, 0L);
        }
        return Flux.from(documents.aggregate(List.of(
                        new Document("$group", new Document("_id", "$status").append("n", new Document("$sum", 1))))))
                .doOnNext(row -> counts.put(row.getString("_id"), ((Number) row.get("n")).longValue()))
                .then(Mono.just(counts));
    }
}
