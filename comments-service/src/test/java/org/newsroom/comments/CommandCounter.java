package org.newsroom.comments;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import io.micronaut.configuration.mongo.core.DefaultMongoConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import org.bson.BsonArray;
import org.bson.BsonDocument;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** Test-only: counts the read commands the service sends to MongoDB and the documents they return. */
@Singleton
public class CommandCounter implements CommandListener, BeanCreatedEventListener<DefaultMongoConfiguration> {

    private static final List<String> READS = List.of("find", "aggregate", "count", "getMore");

    private final List<String> commands = new CopyOnWriteArrayList<>();
    private final AtomicLong documents = new AtomicLong();

    @Override
    public DefaultMongoConfiguration onCreated(BeanCreatedEvent<DefaultMongoConfiguration> event) {
        event.getBean().getClientSettings().addCommandListener(this);
        return event.getBean();
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        if (READS.contains(event.getCommandName())) {
            commands.add(event.getCommandName());
        }
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        BsonDocument cursor = event.getResponse().getDocument("cursor", null);
        if (cursor != null) {
            BsonArray batch = cursor.containsKey("firstBatch") ? cursor.getArray("firstBatch") : cursor.getArray("nextBatch", new BsonArray());
            documents.addAndGet(batch.size());
        }
    }

    public void reset() {
        commands.clear();
        documents.set(0);
    }

    public List<String> commands() {
        return List.copyOf(commands);
    }

    public long documentsRead() {
        return documents.get();
    }
}
