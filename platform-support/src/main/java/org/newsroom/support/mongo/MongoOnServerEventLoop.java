package org.newsroom.support.mongo;

import com.mongodb.connection.TransportSettings;
import io.micronaut.configuration.mongo.core.DefaultMongoConfiguration;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.EventLoopGroupRegistry;
import jakarta.inject.Singleton;

/**
 * Runs the MongoDB driver's connections on the HTTP server's Netty event loops instead of the
 * driver's own asynchronous-channel threads: a query's reply is read on an event loop, and the
 * HTTP response it completes is written from there, without a hand-over between thread pools.
 */
@Singleton
@Requires(classes = DefaultMongoConfiguration.class)
@Requires(property = "mongodb.netty-transport", notEquals = "false")
public class MongoOnServerEventLoop implements BeanCreatedEventListener<DefaultMongoConfiguration> {

    private final BeanProvider<EventLoopGroupRegistry> eventLoops;

    public MongoOnServerEventLoop(BeanProvider<EventLoopGroupRegistry> eventLoops) {
        this.eventLoops = eventLoops;
    }

    @Override
    public DefaultMongoConfiguration onCreated(BeanCreatedEvent<DefaultMongoConfiguration> event) {
        DefaultMongoConfiguration configuration = event.getBean();
        configuration.getClientSettings().transportSettings(TransportSettings.nettyBuilder()
                .eventLoopGroup(eventLoops.get().getDefaultEventLoopGroup())
                .build());
        return configuration;
    }
}
