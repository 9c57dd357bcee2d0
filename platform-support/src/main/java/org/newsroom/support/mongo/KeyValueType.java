package org.newsroom.support.mongo;

import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import java.nio.ByteBuffer;

/** The keys of a {@link CompactUniqueIndex}: ordered and stored as an {@link IndexEntry}'s key is. */
final class KeyValueType extends BasicDataType<KeyValue> {

    static final KeyValueType INSTANCE = new KeyValueType();

    private KeyValueType() {
    }

    @Override
    public int compare(KeyValue a, KeyValue b) {
        return IndexEntryType.compareKeys(a, b);
    }

    @Override
    public int getMemory(KeyValue key) {
        return 32 + IndexEntryType.memoryOf(key);
    }

    @Override
    public void write(WriteBuffer buffer, KeyValue key) {
        IndexEntryType.writeKey(buffer, key);
    }

    @Override
    public KeyValue read(ByteBuffer buffer) {
        return IndexEntryType.readKey(buffer);
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }
}
