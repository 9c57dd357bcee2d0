package org.newsroom.support.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.DuplicateKeyError;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * mongo-java-server's H2 unique index with its keys and positions stored compactly
 * ({@link KeyValueType}, {@link StoredValueType}) instead of Java-serialized.
 */
final class CompactUniqueIndex extends AbstractUniqueIndex<Object> {

    private final MVStore store;
    private final MVMap<KeyValue, Object> positions;

    CompactUniqueIndex(MVStore store, String mapName, String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.store = store;
        this.positions = store.openMap(mapName,
                new MVMap.Builder<KeyValue, Object>().keyType(KeyValueType.INSTANCE).valueType(StoredValueType.INSTANCE));
    }

    void clear() {
        positions.clear();
    }

    /**
     * For a build from the documents ({@link IndexBuild}): the keys of a batch, written in key order,
     * a key already there (from this batch or an earlier one) refused as {@link #add} refuses it.
     * A sparse index is built document by document instead ({@link IndexBuild#oneByOne}).
     */
    IndexBuild.Loader loader(MongoCollection<Object> collection) {
        if (isSparse()) {
            return IndexBuild.oneByOne(this, collection);
        }
        IndexKeys keysOf = new IndexKeys(this);
        return (documents, positions) -> {
            List<IndexEntry> batch = new ArrayList<>();
            for (int i = 0; i < documents.size(); i++) {
                for (KeyValue key : keysOf.of(documents.get(i))) {
                    batch.add(new IndexEntry(key, positions.get(i)));
                }
            }
            batch.sort(Comparator.comparing(IndexEntry::key, KeyValueType.INSTANCE));
            synchronized (this) {
                for (IndexEntry entry : batch) {
                    if (!putKeyPosition(entry.key(), entry.position())) {
                        throw new DuplicateKeyError(this, collection, getKeys(), entry.key());
                    }
                }
            }
        };
    }

    @Override
    protected Object removeDocument(KeyValue keyValue) {
        return positions.remove(keyValue);
    }

    @Override
    protected boolean putKeyPosition(KeyValue keyValue, Object position) {
        return positions.putIfAbsent(keyValue, Missing.ofNullable(position)) == null;
    }

    @Override
    protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
        return positions.entrySet();
    }

    @Override
    protected Object getPosition(KeyValue keyValue) {
        return positions.get(keyValue);
    }

    @Override
    public long getCount() {
        return positions.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
        return positions.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    public synchronized void drop() {
        super.drop();
        store.removeMap(positions);
    }
}
