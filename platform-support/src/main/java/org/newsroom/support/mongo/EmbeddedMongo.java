package org.newsroom.support.mongo;

import de.bwaldvogel.mongo.MongoServer;
import io.micronaut.configuration.mongo.core.DefaultMongoConfiguration;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The local default store: mongo-java-server on a loopback port, persisted with H2 under
 * {@code embedded-mongo.directory}. Only exists when no {@code MONGODB_URI} is configured.
 */
@Context
@Requires(missingProperty = "mongodb.uri")
@Requires(classes = DefaultMongoConfiguration.class)
public class EmbeddedMongo implements AutoCloseable {

    static final int DEFAULT_CACHE_MB = 8;
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMongo.class);

    private final DurableH2Backend backend;
    private final MongoServer server;
    private final String connectionString;

    public EmbeddedMongo(String directory, boolean persistent, String database) {
        this(directory, persistent, database, DEFAULT_CACHE_MB);
    }

    /**
     * @param cacheMb what the store file's page cache may hold (MVStore's estimate): the documents
     *                and index entries read most recently; everything else stays on disk
     */
    @Inject
    public EmbeddedMongo(@Value("${embedded-mongo.directory:./data/db}") String directory,
                         @Value("${embedded-mongo.persistent:true}") boolean persistent,
                         @Value("${embedded-mongo.database:app}") String database,
                         @Value("${embedded-mongo.cache-mb:" + DEFAULT_CACHE_MB + "}") int cacheMb) {
        MVStore store = persistent ? openFile(Path.of(directory), cacheMb) : new MVStore.Builder().open();
        backend = DurableH2Backend.open(store);
        server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        connectionString = server.getConnectionString() + "/" + database;
        LOG.info("No MONGODB_URI set: embedded MongoDB (mongo-java-server) at {} storing {}",
                connectionString, persistent ? Path.of(directory).toAbsolutePath() : "in memory");
    }

    static MVStore openFile(Path directory, int cacheMb) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the embedded store directory " + directory, e);
        }
        return new MVStore.Builder().fileName(directory.resolve("mongo.mv").toString()).cacheSize(cacheMb).open();
    }

    public String connectionString() {
        return connectionString;
    }

    /** What reads of a collection have cost so far (no scans and few documents: the indexes are used). */
    public ReadCost readCost(String database, String collection) {
        return backend.readCost(database, collection);
    }

    @PreDestroy
    @Override
    public void close() {
        server.shutdown();
    }
}
