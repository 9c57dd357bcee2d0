package org.newsroom.support.mongo;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How {@link IndexEntry} keys are ordered and stored in an MVMap: by key, a shorter key (a prefix)
 * first, then by position, a missing position (a range start) first; values in {@link StoredValues}.
 */
final class IndexEntryType extends BasicDataType<IndexEntry> {

    static final IndexEntryType INSTANCE = new IndexEntryType();

    private static final Comparator<Object> VALUES = ValueComparator.asc();

    private IndexEntryType() {
    }

    @Override
    public int compare(IndexEntry a, IndexEntry b) {
        int byKey = compareKeys(a.key(), b.key());
        if (byKey != 0) {
            return byKey;
        }
        if (a.position() == null || b.position() == null) {
            return a.position() == null ? (b.position() == null ? 0 : -1) : 1;
        }
        return compareValues(a.position(), b.position());
    }

    /**
     * In MongoDB's order ({@link ValueComparator}), with a shortcut for two values of one common
     * class, which that comparator orders the same way only after a linear search for each type's rank.
     */
    static int compareValues(Object a, Object b) {
        if (a != null && b != null && a.getClass() == b.getClass()) {
            if (a instanceof String string) {
                return string.compareTo((String) b);
            }
            if (a instanceof Instant instant) {
                return instant.compareTo((Instant) b);
            }
            if (a instanceof Boolean flag) {
                return Boolean.compare(flag, (Boolean) b);
            }
            if (a instanceof ObjectId id) {
                return id.compareTo((ObjectId) b);
            }
            if (a instanceof Integer number) {
                return Integer.compare(number, (Integer) b);
            }
            if (a instanceof Long number) {
                return Long.compare(number, (Long) b);
            }
        }
        return VALUES.compare(a, b);
    }

    /** Value by value in MongoDB's order, then a shorter key (a prefix) first. */
    static int compareKeys(KeyValue a, KeyValue b) {
        int shared = Math.min(a.size(), b.size());
        for (int i = 0; i < shared; i++) {
            int byValue = compareValues(a.get(i), b.get(i));
            if (byValue != 0) {
                return byValue;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    @Override
    public int getMemory(IndexEntry entry) {
        return 48 + memoryOf(entry.key()) + StoredValues.memory(entry.position());
    }

    static int memoryOf(KeyValue key) {
        int memory = 0;
        for (Object value : key) {
            memory += StoredValues.memory(value);
        }
        return memory;
    }

    @Override
    public void write(WriteBuffer buffer, IndexEntry entry) {
        writeKey(buffer, entry.key());
        StoredValues.write(buffer, entry.position());
    }

    @Override
    public IndexEntry read(ByteBuffer buffer) {
        return new IndexEntry(readKey(buffer), StoredValues.read(buffer));
    }

    static void writeKey(WriteBuffer buffer, KeyValue key) {
        buffer.putVarInt(key.size());
        for (Object value : key) {
            StoredValues.write(buffer, value);
        }
    }

    static KeyValue readKey(ByteBuffer buffer) {
        int size = DataUtils.readVarInt(buffer);
        List<Object> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(StoredValues.read(buffer));
        }
        return new KeyValue(values);
    }

    @Override
    public IndexEntry[] createStorage(int size) {
        return new IndexEntry[size];
    }
}
