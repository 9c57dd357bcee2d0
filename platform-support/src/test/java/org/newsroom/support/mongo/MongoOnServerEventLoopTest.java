package org.newsroom.support.mongo;

import com.mongodb.reactivestreams.client.MongoClient;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.netty.channel.EventLoopGroupRegistry;
import io.netty.channel.EventLoopGroup;
import io.netty.util.concurrent.EventExecutor;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MongoOnServerEventLoopTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void queryRepliesArriveOnTheHttpServersEventLoops() {
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "embedded-mongo.persistent", false, "mongodb.application-name", "test"))) {
            assertTrue(onServerEventLoop(context, replyThread(context)));
        }
    }

    @Test
    void theDriversOwnThreadsAreKeptWhenTheNettyTransportIsTurnedOff() {
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "embedded-mongo.persistent", false, "mongodb.application-name", "test", "mongodb.netty-transport", false))) {
            assertFalse(onServerEventLoop(context, replyThread(context)));
        }
    }

    private static Thread replyThread(ApplicationContext context) {
        MongoClient client = context.getBean(MongoClient.class);
        return Mono.from(client.getDatabase("test").getCollection("things").insertOne(new Document("name", "a thing")))
                .map(inserted -> Thread.currentThread())
                .block(WAIT);
    }

    private static boolean onServerEventLoop(ApplicationContext context, Thread thread) {
        EventLoopGroup group = context.getBean(EventLoopGroupRegistry.class).getDefaultEventLoopGroup();
        return StreamSupport.stream(group.spliterator(), false)
                .anyMatch((EventExecutor loop) -> loop.inEventLoop(thread));
    }
}
