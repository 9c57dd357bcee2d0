package org.newsroom.comments.notify;

import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.reactivestreams.client.MongoDatabase;
import jakarta.inject.Singleton;
import org.newsroom.support.mongo.RequiredIndexes;
import org.reactivestreams.Publisher;

import java.util.List;

/** The subscribers' lookups by link token. */
@Singleton
public class NotifyIndexes implements RequiredIndexes {

    private final MongoDatabase database;

    public NotifyIndexes(MongoDatabase database) {
        this.database = database;
    }

    @Override
    public Publisher<String> createIndexes() {
        return database.getCollection("mail_subscribers").createIndexes(List.of(
                new IndexModel(Indexes.ascending("confirmTokenHash"), new IndexOptions().name("confirm_token")),
                new IndexModel(Indexes.ascending("unsubscribeToken"), new IndexOptions().unique(true).name("unsubscribe_token"))));
    }
}
