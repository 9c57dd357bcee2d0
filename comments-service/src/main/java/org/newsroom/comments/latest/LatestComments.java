package org.newsroom.comments.latest;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.bson.conversions.Bson;
import org.newsroom.comments.Comment;
import reactor.core.publisher.Flux;


/** The newest visible comments, site-wide or of one article, newest first, for the feeds; both index-backed. */
@Singleton
public class LatestComments {

    private final MongoCollection<Comment> comments;

    public LatestComments(MongoCollection<Comment> comments) {
        this.comments = comments;
    }

    public Flux<LatestComment> latest(@Nullable String articleId, int limit) {
        Bson filter = articleId == null ? Filters.eq("visible", true)
                : Filters.and(Filters.eq("articleId", articleId), Filters.eq("visible", true));
        return Flux.from(comments.find(filter).sort(Sorts.descending("createdAt", "_id")).limit(limit)).map(LatestComment::of);
    }
}
