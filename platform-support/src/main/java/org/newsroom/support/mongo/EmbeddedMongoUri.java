package org.newsroom.support.mongo;

import io.micronaut.configuration.mongo.core.DefaultMongoConfiguration;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/** Points the MongoDB client at the embedded server when no {@code MONGODB_URI} is configured. */
@Singleton
@Requires(missingProperty = "mongodb.uri")
@Requires(classes = DefaultMongoConfiguration.class)
public class EmbeddedMongoUri implements BeanCreatedEventListener<DefaultMongoConfiguration> {

    private final BeanProvider<EmbeddedMongo> embeddedMongo;

    public EmbeddedMongoUri(BeanProvider<EmbeddedMongo> embeddedMongo) {
        this.embeddedMongo = embeddedMongo;
    }

    @Override
    public DefaultMongoConfiguration onCreated(BeanCreatedEvent<DefaultMongoConfiguration> event) {
        DefaultMongoConfiguration configuration = event.getBean();
        configuration.setUri(embeddedMongo.get().connectionString());
        return configuration;
    }
}
