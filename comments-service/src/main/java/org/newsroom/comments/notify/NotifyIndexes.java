package org.newsroom.comments.notify;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.reactivestreams.client.MongoDatabase;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import reactor.core.publisher.Flux;

import java.time.Duration;

/** The lookups by link token and the expiry of hourly counters (idempotent, before traffic). */
@Singleton
public class NotifyIndexes implements ApplicationEventListener<StartupEvent> {

    private final MongoDatabase database;
    private final HourlyMailCap cap;

    public NotifyIndexes(MongoDatabase database, HourlyMailCap cap) {
        this.database = database;
        this.cap = cap;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        var subscribers = database.getCollection("mail_subscribers");
        Flux.concat(
                subscribers.createIndex(Indexes.ascending("confirmTokenHash"), new IndexOptions().name("confirm_token")),
                subscribers.createIndex(Indexes.ascending("unsubscribeToken"), new IndexOptions().unique(true).name("unsubscribe_token")),
                cap.createIndexes()
        ).then().block(Duration.ofSeconds(60));
    }
}
