package org.newsroom.support.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.aggregation.Aggregation;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.util.ArrayList;
import java.util.List;

/**
 * mongo-java-server's H2 database with real non-unique indexes ({@link SecondaryIndex}), used by
 * queries, updates, deletes, counts and by aggregations that start with {@code $match}.
 */
final class IndexedH2Database extends H2Database {

    /** Hands the store to the collections and indexes the parent's constructor opens, before {@code store} is set. */
    private static final ThreadLocal<Opening> IN_CONSTRUCTION = new ThreadLocal<>();

    private final MVStore store;

    /** The store, and the collections opened so far. */
    private record Opening(MVStore store, List<IndexedH2Collection> collections) {
    }

    /**
     * Opens the database; indexes missing from the store file (after a crash, {@link CrashRecovery})
     * are then built from the documents, one pass per collection, and committed once.
     */
    static IndexedH2Database open(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
        Opening opening = new Opening(store, new ArrayList<>());
        IndexedH2Database database;
        IN_CONSTRUCTION.set(opening);
        try {
            database = new IndexedH2Database(databaseName, store, cursorRegistry);
        } finally {
            IN_CONSTRUCTION.remove();
        }
        for (IndexedH2Collection collection : opening.collections()) {
            collection.buildDeferredIndexes();
        }
        store.commit();
        return database;
    }

    private IndexedH2Database(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
        super(databaseName, store, cursorRegistry);
        this.store = store;
    }

    @Override
    protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
        return new SecondaryIndex(mvStore(), getFullCollectionNamespace(collectionName) + "._index_" + indexName,
                indexName, keys, sparse);
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
        return CompactMaps.openUniqueIndex(mvStore(), getFullCollectionNamespace(collectionName), indexName, keys, sparse);
    }

    /** Compact documents ({@link CompactMaps}) in a collection that plans over every index. */
    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        String fullName = getFullCollectionNamespace(collectionName);
        MVStore mvStore = mvStore();
        MVMap<Object, Document> dataMap = CompactMaps.openDocuments(mvStore, fullName);
        MVMap<String, Object> metaMap = mvStore.openMap(CompactMaps.META + fullName);
        Opening opening = store == null ? IN_CONSTRUCTION.get() : null;
        IndexedH2Collection collection = new IndexedH2Collection(this, collectionName, options, dataMap, metaMap, cursorRegistry,
                opening != null);
        if (opening != null) {
            opening.collections().add(collection);
        }
        return collection;
    }

    /** The parent removes the maps of the old format's names only. */
    @Override
    public void dropCollection(String collectionName, Oplog oplog) {
        super.dropCollection(collectionName, oplog);
        store.removeMap(CompactMaps.documentsName(getFullCollectionNamespace(collectionName)));
    }

    @Override
    public void moveCollection(MongoDatabase oldDatabase, MongoCollection<?> collection, String newCollectionName) {
        String oldFullName = collection.getFullName();
        super.moveCollection(oldDatabase, collection, newCollectionName);
        CompactMaps.renameCollection(store, oldFullName, getFullCollectionNamespace(newCollectionName));
    }

    /** The parent's constructor opens collections and indexes before {@code store} is set. */
    private MVStore mvStore() {
        return store != null ? store : IN_CONSTRUCTION.get().store();
    }

    @Override
    public Document handleCommand(Channel channel, String command, Document query, DatabaseResolver databaseResolver, Oplog oplog) {
        if (command.equalsIgnoreCase("aggregate")) {
            Document reply = IndexedAggregation.run(this, query.get(command), query, databaseResolver, oplog);
            if (reply != null) {
                return reply;
            }
        }
        return super.handleCommand(channel, command, query, databaseResolver, oplog);
    }

    String namespaceOf(String collectionName) {
        return getFullCollectionNamespace(collectionName);
    }
}
