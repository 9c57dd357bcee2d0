package org.newsroom.comments.latest;

import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.reactivestreams.client.MongoCollection;
import jakarta.inject.Singleton;
import org.newsroom.comments.Comment;
import org.newsroom.support.mongo.RequiredIndexes;
import org.reactivestreams.Publisher;

import java.util.List;

/** The indexes behind the newest visible comments, site-wide and per article. */
@Singleton
public class LatestCommentIndexes implements RequiredIndexes {

    private final MongoCollection<Comment> comments;

    public LatestCommentIndexes(MongoCollection<Comment> comments) {
        this.comments = comments;
    }

    @Override
    public Publisher<String> createIndexes() {
        return comments.createIndexes(List.of(
                new IndexModel(Indexes.compoundIndex(Indexes.ascending("visible"), Indexes.descending("createdAt", "_id")),
                        new IndexOptions().name("latest_visible")),
                new IndexModel(Indexes.compoundIndex(Indexes.ascending("articleId", "visible"), Indexes.descending("createdAt", "_id")),
                        new IndexOptions().name("latest_visible_of_article"))));
    }
}
