package org.newsroom.support.mongo;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link IndexKeys} gives every document the keys mongo-java-server's own extraction gives it, in the same order. */
class IndexKeysTest {

    private static final List<List<String>> INDEXES = List.of(List.of("a"), List.of("a", "b"), List.of("b", "a", "_id"),
            List.of("tags", "b"), List.of("a", "tags"), List.of("sub.x", "a"), List.of("tags", "nested"));

    @Test
    void keysEqualTheIndexOwnForValuesOfEveryKind() {
        List<Object> values = Arrays.asList(null, "text", "", 1, 1L, 2.5, -0.0, 0.0, Long.MAX_VALUE, 3_000_000_000L, true, false,
                Instant.ofEpochSecond(7), new ObjectId(), new Document("x", 1), List.of(), List.of("r", "g", "r"),
                List.of(1, 1.0, 2L), Arrays.asList("n", null), List.of(List.of(1), 2), List.of(new Document("x", 2)));
        MVStore store = new MVStore.Builder().open();
        int checked = 0;
        for (List<String> fields : INDEXES) {
            SecondaryIndex index = new SecondaryIndex(store, "i" + checked, "i" + checked,
                    fields.stream().map(field -> new IndexKey(field, true)).toList(), false);
            IndexKeys keys = new IndexKeys(index);
            for (Object a : values) {
                for (Object b : values) {
                    for (Object tags : List.of(List.of("t1", "t2"), List.of(), "single", List.of(List.of("deep")))) {
                        Document document = new Document("_id", new ObjectId()).append("tags", tags);
                        if (a != null || checked % 2 == 0) {
                            document.append("a", a); // present as null, or missing
                        }
                        document.append("b", b).append("sub", new Document("x", a)).append("nested", List.of(new Document("y", 1)));
                        Object expected = outcome(() -> new ArrayList<>(index.getKeyValues(document)));
                        Object actual = outcome(() -> new ArrayList<>(keys.of(document)));
                        assertEquals(expected, actual, fields + " of " + document);
                        checked++;
                    }
                }
            }
        }
        store.close();
        assertEquals(INDEXES.size() * 21 * 21 * 4, checked);
    }

    /** The keys, or the kind of error. */
    private static Object outcome(java.util.function.Supplier<Object> keys) {
        try {
            return keys.get();
        } catch (RuntimeException e) {
            return e.getClass();
        }
    }
}
