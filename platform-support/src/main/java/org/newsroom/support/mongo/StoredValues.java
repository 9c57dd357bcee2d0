package org.newsroom.support.mongo;

import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The embedded store's encoding of the values it keeps (documents, their keys, index entries): a
 * tag byte, then the value's own bytes, field names and strings written once each. H2's default
 * would Java-serialize documents and ids, class descriptors and all. A value of a type without a
 * tag (rare in documents: a regular expression, a timestamp) falls back to H2's own encoding.
 * Tags are stored in files: never renumber one.
 */
final class StoredValues {

    private static final int NULL = 0, STRING = 1, DOUBLE = 2, LONG = 3, TRUE = 4, FALSE = 5, OBJECT_ID = 6,
            INSTANT = 7, DATE = 8, INTEGER = 9, OTHER = 10, DOCUMENT = 11, LIST = 12, MISSING = 13, UUID_VALUE = 14,
            BINARY = 15;
    private static final int OBJECT_ID_BYTES = 12;
    /** Estimates of the heap an object takes, for the page cache's accounting. */
    private static final int REFERENCE = 8, BOXED = 40, STRING_BASE = 48, MAP_BASE = 64, MAP_ENTRY = 48, LIST_BASE = 40;

    private static final ObjectDataType OTHERS = new ObjectDataType();

    private StoredValues() {
    }

    static void write(WriteBuffer buffer, Object value) {
        if (value == null) {
            buffer.put((byte) NULL);
        } else if (value instanceof String text) {
            buffer.put((byte) STRING);
            writeString(buffer, text);
        } else if (value instanceof Document document) {
            buffer.put((byte) DOCUMENT).putVarInt(document.size());
            for (Map.Entry<String, Object> field : document.entrySet()) {
                writeString(buffer, field.getKey());
                write(buffer, field.getValue());
            }
        } else if (value instanceof Collection<?> values) {
            buffer.put((byte) LIST).putVarInt(values.size());
            for (Object element : values) {
                write(buffer, element);
            }
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
        } else if (value instanceof Missing) {
            buffer.put((byte) MISSING);
        } else if (value instanceof UUID uuid) {
            buffer.put((byte) UUID_VALUE).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
        } else if (value instanceof BinData binary) {
            byte[] data = binary.getData();
            buffer.put((byte) BINARY).putVarInt(data.length).put(data);
        } else {
            buffer.put((byte) OTHER);
            OTHERS.write(buffer, value);
        }
    }

    static Object read(ByteBuffer buffer) {
        int tag = buffer.get();
        return switch (tag) {
            case NULL -> null;
            case STRING -> readString(buffer);
            case DOCUMENT -> {
                int size = DataUtils.readVarInt(buffer);
                Document document = new Document();
                for (int i = 0; i < size; i++) {
                    document.put(readString(buffer), read(buffer));
                }
                yield document;
            }
            case LIST -> {
                int size = DataUtils.readVarInt(buffer);
                List<Object> values = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    values.add(read(buffer));
                }
                yield values;
            }
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
            case MISSING -> Missing.getInstance();
            case UUID_VALUE -> new UUID(buffer.getLong(), buffer.getLong());
            case BINARY -> {
                byte[] data = new byte[DataUtils.readVarInt(buffer)];
                buffer.get(data);
                yield new BinData(data);
            }
            case OTHER -> OTHERS.read(buffer);
            default -> throw new IllegalStateException("Unknown stored value tag " + tag);
        };
    }

    /** About the heap the value takes once read. */
    static int memory(Object value) {
        if (value == null || value instanceof Missing || value instanceof Boolean) {
            return REFERENCE;
        }
        if (value instanceof String text) {
            return STRING_BASE + 2 * text.length();
        }
        if (value instanceof Document document) {
            int memory = MAP_BASE;
            for (Map.Entry<String, Object> field : document.entrySet()) {
                memory += MAP_ENTRY + memory(field.getKey()) + memory(field.getValue());
            }
            return memory;
        }
        if (value instanceof Collection<?> values) {
            int memory = LIST_BASE;
            for (Object element : values) {
                memory += REFERENCE + memory(element);
            }
            return memory;
        }
        if (value instanceof ObjectId || value instanceof Number || value instanceof Instant || value instanceof Date
                || value instanceof UUID) {
            return BOXED;
        }
        if (value instanceof BinData binary) {
            return BOXED + binary.getData().length;
        }
        return OTHERS.getMemory(value);
    }

    private static void writeString(WriteBuffer buffer, String text) {
        buffer.putVarInt(text.length()).putStringData(text, text.length());
    }

    private static String readString(ByteBuffer buffer) {
        return DataUtils.readString(buffer, DataUtils.readVarInt(buffer));
    }
}
