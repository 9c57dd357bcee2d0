package org.newsroom.support.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * A non-unique index for the embedded store, which otherwise ignores every non-unique index and
 * scans. Held in memory (rebuilt from the documents when the store opens), ordered by key and then
 * by {@code _id}, so that an equality prefix of its keys selects a range. It only ever narrows the
 * candidates: the collection still matches every candidate against the whole query.
 */
final class SecondaryIndex extends Index<Object> {

    private static final Comparator<Object> VALUES = ValueComparator.asc();
    private static final Comparator<Entry> ORDER = SecondaryIndex::compare;

    /** One key of one document; a document has several when an indexed field holds an array. */
    private record Entry(KeyValue key, Object position) {
    }

    private final NavigableSet<Entry> entries = new TreeSet<>(ORDER);
    private boolean multikey;

    SecondaryIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
    }

    List<String> fields() {
        return keys();
    }

    /** Whether some document has more than one key here (an indexed array): its entries cannot be counted as documents. */
    synchronized boolean isMultikey() {
        return multikey;
    }

    /**
     * The documents whose first {@code prefixValues.size()} key fields equal one of the given values
     * each (a cartesian product for {@code $in}), in key order; no duplicates.
     */
    synchronized Set<Object> positions(List<List<Object>> prefixValues) {
        Set<Object> positions = new LinkedHashSet<>();
        for (List<Object> combination : combinations(prefixValues)) {
            for (Entry entry : range(new KeyValue(combination).normalized())) {
                positions.add(entry.position());
            }
        }
        return positions;
    }

    /** How many entries start with the given (normalized) values. */
    synchronized long count(KeyValue prefix) {
        long count = 0;
        for (Entry ignored : range(prefix)) {
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

    private Iterable<Entry> range(KeyValue prefix) {
        return () -> new java.util.Iterator<>() {
            private final java.util.Iterator<Entry> tail = entries.tailSet(new Entry(prefix, null), true).iterator();
            private Entry next = advance();

            private Entry advance() {
                if (tail.hasNext()) {
                    Entry candidate = tail.next();
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
            public Entry next() {
                Entry current = next;
                if (current == null) {
                    throw new java.util.NoSuchElementException();
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
            if (VALUES.compare(key.get(i), prefix.get(i)) != 0) {
                return false;
            }
        }
        return true;
    }

    /** Key by key, a shorter key (a prefix) first; then by position, a missing position (a range start) first. */
    private static int compare(Entry a, Entry b) {
        int shared = Math.min(a.key().size(), b.key().size());
        for (int i = 0; i < shared; i++) {
            int byValue = VALUES.compare(a.key().get(i), b.key().get(i));
            if (byValue != 0) {
                return byValue;
            }
        }
        if (a.key().size() != b.key().size()) {
            return Integer.compare(a.key().size(), b.key().size());
        }
        if (a.position() == null || b.position() == null) {
            return a.position() == null ? (b.position() == null ? 0 : -1) : 1;
        }
        return VALUES.compare(a.position(), b.position());
    }

    @Override
    public synchronized void add(Document document, Object position, MongoCollection<Object> collection) {
        Set<KeyValue> keys = getKeyValues(document);
        multikey |= keys.size() > 1;
        for (KeyValue key : keys) {
            entries.add(new Entry(key, position));
        }
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
            entries.remove(new Entry(key, position));
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
    public synchronized long getCount() {
        return entries.size();
    }

    @Override
    public long getDataSize() {
        return 0;
    }

    @Override
    public synchronized void drop() {
        entries.clear();
    }
}
