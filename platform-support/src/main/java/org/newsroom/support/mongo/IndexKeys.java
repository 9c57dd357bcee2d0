package org.newsroom.support.mongo;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An index's keys for a document, as {@link Index#getKeyValues(Document)} gives them, without its
 * path splitting (a regular expression per field) and streams when every indexed field is a
 * top-level one, none holds a subdocument, and at most one an array (of neither arrays nor
 * subdocuments): then a key is the fields' values, normalized as mongo-java-server normalizes
 * them, one key per element of the array. Anything else is left to the index.
 */
final class IndexKeys {

    private final Index<?> index;
    private final List<String> fields;
    private final boolean topLevel;

    IndexKeys(Index<?> index) {
        this.index = index;
        this.fields = index.getKeys().stream().map(key -> key.getKey()).toList();
        this.topLevel = fields.stream().noneMatch(field -> field.isEmpty() || field.contains(".") || field.startsWith("$"));
    }

    Set<KeyValue> of(Document document) {
        if (!topLevel) {
            return index.getKeyValues(document);
        }
        List<Object> values = new ArrayList<>(fields.size());
        int arrayAt = -1;
        for (String field : fields) {
            Object value = document.get(field);
            if (value instanceof Map) {
                return index.getKeyValues(document);
            }
            if (value instanceof Collection<?> array) {
                if (arrayAt >= 0 || array.stream().anyMatch(element -> element instanceof Collection || element instanceof Map)) {
                    return index.getKeyValues(document);
                }
                arrayAt = values.size();
                values.add(array);
            } else {
                values.add(normalized(value));
            }
        }
        if (arrayAt < 0) {
            return Set.of(new KeyValue(values));
        }
        // one key per element of the one array, none for an empty one
        Set<KeyValue> keys = new LinkedHashSet<>();
        for (Object element : (Collection<?>) values.get(arrayAt)) {
            List<Object> key = new ArrayList<>(values);
            key.set(arrayAt, normalized(element));
            keys.add(new KeyValue(key));
        }
        return keys;
    }

    /** mongo-java-server's {@code Utils.normalizeValue} for a value that is neither an array nor a subdocument. */
    static Object normalized(Object value) {
        if (Missing.isNullOrMissing(value)) {
            return null;
        }
        if (value instanceof Long number && number != (long) number.doubleValue()) {
            return number;
        }
        if (value instanceof Number number) {
            double doubleValue = number.doubleValue();
            return doubleValue == -0.0 ? 0.0 : doubleValue;
        }
        return value;
    }
}
