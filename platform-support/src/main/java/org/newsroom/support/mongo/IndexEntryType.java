package org.newsroom.support.mongo;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

/**
 * How {@link IndexEntry} keys are ordered and stored in an MVMap: by key, a shorter key (a prefix)
 * first, then by position, a missing position (a range start) first. The values an index holds
 * (already normalized) are written compactly; any other value falls back to H2's own encoding.
 */
final class IndexEntryType extends BasicDataType<IndexEntry> {

    static final IndexEntryType INSTANCE = new IndexEntryType();

    private static final Comparator<Object> VALUES = ValueComparator.asc();
    private static final int NULL = 0, STRING = 1, DOUBLE = 2, LONG = 3, TRUE = 4, FALSE = 5, OBJECT_ID = 6,
            INSTANT = 7, DATE = 8, INTEGER = 9, OTHER = 10;
    private static final int OBJECT_ID_BYTES = 12;

    private final ObjectDataType others = new ObjectDataType();

    private IndexEntryType() {
    }

    @Override
    public int compare(IndexEntry a, IndexEntry b) {
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
    public int getMemory(IndexEntry entry) {
        int memory = 48;
        for (Object value : entry.key()) {
            memory += memoryOf(value);
        }
        return memory + memoryOf(entry.position());
    }

    private int memoryOf(Object value) {
        if (value == null) {
            return 8;
        }
        if (value instanceof String text) {
            return 48 + 2 * text.length();
        }
        if (value instanceof ObjectId || value instanceof Number || value instanceof Boolean
                || value instanceof Instant || value instanceof Date) {
            return 40;
        }
        return others.getMemory(value);
    }

    @Override
    public void write(WriteBuffer buffer, IndexEntry entry) {
        buffer.putVarInt(entry.key().size());
        for (Object value : entry.key()) {
            writeValue(buffer, value);
        }
        writeValue(buffer, entry.position());
    }

    @Override
    public IndexEntry read(ByteBuffer buffer) {
        int size = DataUtils.readVarInt(buffer);
        List<Object> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(readValue(buffer));
        }
        return new IndexEntry(new KeyValue(values), readValue(buffer));
    }

    @Override
    public IndexEntry[] createStorage(int size) {
        return new IndexEntry[size];
    }

    private void writeValue(WriteBuffer buffer, Object value) {
        if (value == null) {
            buffer.put((byte) NULL);
        } else if (value instanceof String text) {
            buffer.put((byte) STRING).putVarInt(text.length()).putStringData(text, text.length());
        } else if (value instanceof Double number) {
            buffer.put((byte) DOUBLE).putDouble(number);
        } else if (value instanceof Long number) {
            buffer.put((byte) LONG).putLong(number);
        } else if (value instanceof Integer number) {
            buffer.put((byte) INTEGER).putInt(number);
        } else if (value instanceof Boolean flag) {
            buffer.put((byte) (flag ? TRUE : FALSE));
        } else if (value instanceof ObjectId id) {
            buffer.put((byte) OBJECT_ID).put(id.toByteArray());
        } else if (value instanceof Instant instant) {
            buffer.put((byte) INSTANT).putLong(instant.getEpochSecond()).putInt(instant.getNano());
        } else if (value instanceof Date date) {
            buffer.put((byte) DATE).putLong(date.getTime());
        } else {
            buffer.put((byte) OTHER);
            others.write(buffer, value);
        }
    }

    private Object readValue(ByteBuffer buffer) {
        int tag = buffer.get();
        return switch (tag) {
            case NULL -> null;
            case STRING -> DataUtils.readString(buffer, DataUtils.readVarInt(buffer));
            case DOUBLE -> buffer.getDouble();
            case LONG -> buffer.getLong();
            case INTEGER -> buffer.getInt();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case OBJECT_ID -> {
                byte[] bytes = new byte[OBJECT_ID_BYTES];
                buffer.get(bytes);
                yield new ObjectId(bytes);
            }
            case INSTANT -> Instant.ofEpochSecond(buffer.getLong(), buffer.getInt());
            case DATE -> new Date(buffer.getLong());
            case OTHER -> others.read(buffer);
            default -> throw new IllegalStateException("Unknown index value tag " + tag);
        };
    }
}
