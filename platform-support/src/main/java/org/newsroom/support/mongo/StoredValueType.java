package org.newsroom.support.mongo;

import de.bwaldvogel.mongo.backend.ValueComparator;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import java.nio.ByteBuffer;
import java.util.Comparator;

/**
 * Documents and their keys ({@code _id}s) in an MVMap: stored compactly ({@link StoredValues}),
 * ordered as MongoDB orders values (ids of one type in the order H2's default gave them).
 */
final class StoredValueType extends BasicDataType<Object> {

    static final StoredValueType INSTANCE = new StoredValueType();

    private static final Comparator<Object> VALUES = ValueComparator.asc();

    private StoredValueType() {
    }

    @Override
    public int compare(Object a, Object b) {
        return VALUES.compare(a, b);
    }

    @Override
    public int getMemory(Object value) {
        return StoredValues.memory(value);
    }

    @Override
    public void write(WriteBuffer buffer, Object value) {
        StoredValues.write(buffer, value);
    }

    @Override
    public Object read(ByteBuffer buffer) {
        return StoredValues.read(buffer);
    }

    @Override
    public Object[] createStorage(int size) {
        return new Object[size];
    }
}
