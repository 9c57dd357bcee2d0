package org.newsroom.comments.latest;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.bson.conversions.Bson;
import org.newsroom.comments.Comment;
import org.newsroom.comments.position.ThreadPositions;
import reactor.core.publisher.Flux;

import java.util.List;

/**
 * The newest visible comments, site-wide or of one article, newest first, for the feeds; both
 * index-backed (comments of excluded articles are passed over in the index's order). With
 * {@code threadsPerPage}, each also names the comment page that shows it.
 */
@Singleton
public class LatestComments {

    private final MongoCollection<Comment> comments;
    private final ThreadPositions positions;

    public LatestComments(MongoCollection<Comment> comments, ThreadPositions positions) {
        this.comments = comments;
        this.positions = positions;
    }

    public Flux<LatestComment> latest(@Nullable String articleId, int limit, @Nullable Integer threadsPerPage, List<String> excludedArticles) {
        Bson filter = articleId == null ? Filters.eq("visible", true)
                : Filters.and(Filters.eq("articleId", articleId), Filters.eq("visible", true));
        if (!excludedArticles.isEmpty()) {
            filter = Filters.and(filter, Filters.nin("articleId", excludedArticles));
        }
        Flux<Comment> newest = Flux.from(comments.find(filter).sort(Sorts.descending("createdAt", "_id")).limit(limit));
        if (threadsPerPage == null) {
            return newest.map(comment -> LatestComment.of(comment, null));
        }
        return newest.flatMapSequential(comment -> positions.pageOf(comment, threadsPerPage)
                .map(page -> LatestComment.of(comment, page))
                .defaultIfEmpty(LatestComment.of(comment, null)), 4);
    }
}
