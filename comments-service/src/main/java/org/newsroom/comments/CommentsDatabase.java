package org.newsroom.comments;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import io.micronaut.context.annotation.Factory;
import io.micronaut.data.mongodb.operations.MongoDatabaseNameProvider;
import jakarta.inject.Singleton;

/** The service's database (the one named in MONGODB_URI, or the embedded one) and its comments collection. */
@Factory
public class CommentsDatabase {

    @Singleton
    MongoDatabase database(MongoClient client, MongoDatabaseNameProvider names) {
        return client.getDatabase(names.provide(Comment.class));
    }

    @Singleton
    MongoCollection<Comment> comments(MongoDatabase database) {
        return database.getCollection("comments", Comment.class);
    }
}
