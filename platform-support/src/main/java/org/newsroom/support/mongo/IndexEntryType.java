package org.newsroom.support.mongo;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import java.nio.ByteBuffer;
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
        return VALUES.compare(a.position(), b.position());
    }

    /** Value by value in MongoDB's order, then a shorter key (a prefix) first. */
    static int compareKeys(KeyValue a, KeyValue b) {
        int shared = Math.min(a.size(), b.size());
        for (int i = 0; i < shared; i++) {
            int byValue = VALUES.compare(a.get(i), b.get(i));
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
