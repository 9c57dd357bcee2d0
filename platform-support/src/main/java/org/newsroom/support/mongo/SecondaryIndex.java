package org.newsroom.support.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A non-unique index for the embedded store, which otherwise ignores every non-unique index and
 * scans. Its entries live in an MVMap of the store ({@link IndexEntryType}: ordered by key, then by
 * {@code _id}), so that an equality prefix of its keys selects a range, and they are paged through
 * the store's bounded cache instead of held in the heap; the map is committed with the documents,
 * and rebuilt from them only when it is missing (a store written before it existed). It only ever
 * narrows the candidates: the collection still matches every candidate against the whole query.
 */
final class SecondaryIndex extends Index<Object> {

    private static final String MULTIKEY = "multikey";

    private final MVStore store;
    private final MVMap<IndexEntry, Boolean> entries;
    /** Whether some document has more than one key here, kept beside the entries. */
    private final MVMap<String, Boolean> flags;

    SecondaryIndex(MVStore store, String mapName, String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.store = store;
        this.entries = store.openMap(mapName, new MVMap.Builder<IndexEntry, Boolean>().keyType(IndexEntryType.INSTANCE));
        this.flags = store.openMap(mapName + ".flags");
    }

    List<String> fields() {
        return keys();
    }

    /** Whether some document has more than one key here (an indexed array): its entries cannot be counted as documents. */
    boolean isMultikey() {
        return flags.getOrDefault(MULTIKEY, false);
    }

    /**
     * The documents whose first {@code prefixValues.size()} key fields equal one of the given values
     * each (a cartesian product for {@code $in}), in key order; no duplicates.
     */
    synchronized Set<Object> positions(List<List<Object>> prefixValues) {
        Set<Object> positions = new LinkedHashSet<>();
        for (List<Object> combination : combinations(prefixValues)) {
            for (IndexEntry entry : range(new KeyValue(combination).normalized())) {
                positions.add(entry.position());
            }
        }
        return positions;
    }

    /** How many entries start with the given (normalized) values. */
    synchronized long count(KeyValue prefix) {
        long count = 0;
        for (IndexEntry ignored : range(prefix)) {
            count++;
        }
        return count;
    }

    /** Every choice of one value per field, in order. */
    static List<List<Object>> combinations(List<List<Object>> prefixValues) {
        List<List<Object>> combinations = List.of(List.of());
        for (List<Object> values : prefixValues) {
            List<List<Object>> longer = new ArrayList<>();
            for (List<Object> combination : combinations) {
                for (Object value : values) {
                    List<Object> next = new ArrayList<>(combination);
                    next.add(value);
                    longer.add(next);
                }
            }
            combinations = longer;
        }
        return combinations;
    }

    private Iterable<IndexEntry> range(KeyValue prefix) {
        return () -> new Iterator<>() {
            private final Iterator<IndexEntry> tail = entries.keyIterator(new IndexEntry(prefix, null));
            private IndexEntry next = advance();

            private IndexEntry advance() {
                if (tail.hasNext()) {
                    IndexEntry candidate = tail.next();
                    if (startsWith(candidate.key(), prefix)) {
                        return candidate;
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public IndexEntry next() {
                IndexEntry current = next;
                if (current == null) {
                    throw new NoSuchElementException();
                }
                next = advance();
                return current;
            }
        };
    }

    private static boolean startsWith(KeyValue key, KeyValue prefix) {
        if (key.size() < prefix.size()) {
            return false;
        }
        for (int i = 0; i < prefix.size(); i++) {
            if (IndexEntryType.compareValues(key.get(i), prefix.get(i)) != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public synchronized void add(Document document, Object position, MongoCollection<Object> collection) {
        Set<KeyValue> keys = getKeyValues(document);
        if (keys.size() > 1 && !isMultikey()) {
            flags.put(MULTIKEY, true);
        }
        for (KeyValue key : keys) {
            entries.put(new IndexEntry(key, position), Boolean.TRUE);
        }
    }

    /** For a build from the documents ({@link IndexBuild}): a batch's entries, written in key order. */
    IndexBuild.Loader loader() {
        IndexKeys keysOf = new IndexKeys(this);
        return (documents, positions) -> {
            List<IndexEntry> batch = new ArrayList<>();
            boolean multikey = false;
            for (int i = 0; i < documents.size(); i++) {
                Set<KeyValue> keys = keysOf.of(documents.get(i));
                multikey |= keys.size() > 1;
                for (KeyValue key : keys) {
                    batch.add(new IndexEntry(key, positions.get(i)));
                }
            }
            batch.sort(IndexEntryType.INSTANCE);
            synchronized (this) {
                if (multikey && !isMultikey()) {
                    flags.put(MULTIKEY, true);
                }
                for (IndexEntry entry : batch) {
                    entries.put(entry, Boolean.TRUE);
                }
            }
        };
    }

    @Override
    public synchronized Object remove(Document document) {
        Object position = positionOf(document);
        removeKeys(document, position);
        return position;
    }

    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, Object position,
                                           MongoCollection<Object> collection) {
        if (!nullAwareEqualsKeys(oldDocument, newDocument)) {
            removeKeys(oldDocument, position);
            add(newDocument, position, collection);
        }
    }

    private void removeKeys(Document document, Object position) {
        for (KeyValue key : getKeyValues(document)) {
            entries.remove(new IndexEntry(key, position));
        }
    }

    /** The embedded H2 store files each document under its {@code _id}. */
    private static Object positionOf(Document document) {
        return document.get("_id");
    }

    /** Not unique: no single position, no constraint to check. */
    @Override
    public Object getPosition(Document document) {
        return null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
    }

    /** The collection plans index use itself ({@link IndexedH2Collection}); the stock planner wants exact unique keys. */
    @Override
    public boolean canHandle(Document query) {
        return false;
    }

    @Override
    public synchronized Iterable<Object> getPositions(Document query) {
        List<List<Object>> values = new ArrayList<>();
        for (String field : keys()) {
            Object value = query.get(field);
            if (value == null) {
                break;
            }
            values.add(value instanceof Collection<?> many ? List.copyOf(many) : List.of(value));
        }
        return positions(values);
    }

    @Override
    public long getCount() {
        return entries.sizeAsLong();
    }

    @Override
    public long getDataSize() {
        return 0;
    }

    @Override
    public synchronized void drop() {
        store.removeMap(entries);
        store.removeMap(flags);
    }
}
