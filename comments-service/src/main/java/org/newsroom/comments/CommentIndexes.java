package org.newsroom.comments;

import com.mongodb.MongoCommandException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.reactivestreams.client.MongoCollection;
import jakarta.inject.Singleton;
import org.newsroom.support.mongo.RequiredIndexes;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * The indexes every query relies on, created before traffic is taken (idempotent). Each page query
 * filters on a prefix of one of them and sorts by its next fields, so no query sorts in memory or
 * scans; {@code QueriesUseDeclaredIndexesTest} checks every query shape against this list.
 */
@Singleton
public class CommentIndexes implements RequiredIndexes {

    /** Earlier indexes that could not give the pages' order ({@code createdAt, _id}) without a sort in memory. */
    private static final List<String> REPLACED = List.of("threads", "replies", "ancestors", "moderation_queue", "moderation_by_article");
    private static final int INDEX_NOT_FOUND = 27;

    private final MongoCollection<Comment> comments;

    public CommentIndexes(MongoCollection<Comment> comments) {
        this.comments = comments;
    }

    private Mono<Void> dropIfPresent(String name) {
        return Mono.from(comments.dropIndex(name))
                .onErrorResume(MongoCommandException.class, e -> e.getErrorCode() == INDEX_NOT_FOUND ? Mono.empty() : Mono.error(e));
    }

    /** All in one command, then the replaced ones dropped. */
    @Override
    public Mono<Void> createIndexes() {
        return Flux.concat(
                comments.createIndexes(List.of(
                        new IndexModel(Indexes.ascending("dedupeKey"), new IndexOptions().unique(true).name("dedupe_unique")),
                        new IndexModel(Indexes.ascending("articleId", "depth", "visible", "createdAt", "_id"), new IndexOptions().name("threads_page")),
                        new IndexModel(Indexes.ascending("rootId", "visible", "createdAt", "_id"), new IndexOptions().name("replies_page")),
                        new IndexModel(Indexes.ascending("articleId", "visible"), new IndexOptions().name("article_visible")),
                        new IndexModel(Indexes.ascending("ancestors", "visible", "createdAt", "_id"), new IndexOptions().name("subtree")),
                        new IndexModel(Indexes.ascending("status", "createdAt", "_id"), new IndexOptions().name("moderation_queue_page")),
                        new IndexModel(Indexes.ascending("articleSlug", "status", "createdAt", "_id"), new IndexOptions().name("moderation_by_article_page")),
                        new IndexModel(Indexes.ascending("authorEmailKey", "status"), new IndexOptions().name("returning_author")),
                        // only the few comments being deleted for good (every other one stores null there), for the sweep
                        new IndexModel(Indexes.ascending("deleting"), new IndexOptions().name("deletions_under_way")
                                .partialFilterExpression(Filters.eq("deleting", true))))),
                Flux.fromIterable(REPLACED).concatMap(this::dropIfPresent)
        ).then();
    }
}
