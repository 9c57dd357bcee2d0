package org.newsroom.comments;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
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

    public ModerationQueue(MongoCollection<Comment> comments) {
        this.comments = comments;
    }

    public Mono<ModerationPage> page(String status, @Nullable String articleSlug, int page, int size) {
        Bson filter = articleSlug == null || articleSlug.isBlank() ? Filters.eq("status", status)
                : Filters.and(Filters.eq("articleSlug", articleSlug), Filters.eq("status", status));
        Mono<List<ModeratedComment>> items = Paging.page(comments.find(filter).sort(Sorts.ascending("createdAt", "_id")), page, size)
                .map(ModeratedComment::of).collectList();
        return Mono.zip(items, Mono.from(comments.countDocuments(filter)))
                .map(found -> new ModerationPage(found.getT1(), page, size, found.getT2(), (found.getT2() + size - 1) / size));
    }

    /** One count per status, each answered from the moderation queue's index. */
    public Mono<Map<String, Long>> countsByStatus() {
        List<String> statuses = List.of(CommentStatus.PENDING, CommentStatus.APPROVED, CommentStatus.SPAM, CommentStatus.TRASH);
        return Flux.fromIterable(statuses)
                .concatMap(status -> Mono.from(comments.countDocuments(Filters.eq("status", status))))
                .collectList()
                .map(counts -> {
                    Map<String, Long> byStatus = new LinkedHashMap<>();
                    for (int i = 0; i < statuses.size(); i++) {
                        byStatus.put(statuses.get(i), counts.get(i));
                    }
                    return byStatus;
                });
    }
}
