package org.newsroom.support.mongo;

import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Index maps already on disk are sorted by mongo-java-server's comparator: the shortcut for values of
 * one class must order every pair exactly as it does, or lookups in an existing store would miss.
 */
class IndexEntryOrderTest {

    private static final Comparator<Object> MONGO = ValueComparator.asc();

    @Test
    void theShortcutOrdersEveryPairAsMongoJavaServerDoes() {
        Random random = new Random(42);
        List<List<Object>> samples = List.of(
                strings(random), instants(random), List.of(true, false, Boolean.TRUE),
                objectIds(), integers(random), longs(random));
        for (List<Object> values : samples) {
            for (Object a : values) {
                for (Object b : values) {
                    assertThat(Integer.signum(IndexEntryType.compareValues(a, b)))
                            .as("%s against %s", a, b).isEqualTo(Integer.signum(MONGO.compare(a, b)));
                }
            }
        }
    }

    private static List<Object> strings(Random random) {
        List<Object> strings = new ArrayList<>(List.of("", "a", "A", "ab", "b", "é", "e\u0301", "\uFFFD", "\uD83D\uDE00", "\uE000", "z", "Z"));
        for (int i = 0; i < 40; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(6); j > 0; j--) {
                text.appendCodePoint(random.nextBoolean() ? 'a' + random.nextInt(26) : random.nextInt(0x1F600));
            }
            strings.add(text.toString());
        }
        return strings;
    }

    private static List<Object> instants(Random random) {
        List<Object> instants = new ArrayList<>(List.of(Instant.EPOCH, Instant.ofEpochSecond(-1), Instant.ofEpochSecond(0, 1)));
        for (int i = 0; i < 30; i++) {
            instants.add(Instant.ofEpochMilli(random.nextLong() % 4_000_000_000_000L));
        }
        return instants;
    }

    private static List<Object> objectIds() {
        List<Object> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ids.add(new ObjectId());
        }
        ids.add(new ObjectId("000000000000000000000001"));
        ids.add(new ObjectId("ffffffffffffffffffffffff"));
        ids.add(new ObjectId("7fffffffffffffffffffffff"));
        ids.add(new ObjectId("800000000000000000000000"));
        return ids;
    }

    private static List<Object> integers(Random random) {
        List<Object> numbers = new ArrayList<>(List.of(0, -1, 1, Integer.MIN_VALUE, Integer.MAX_VALUE));
        for (int i = 0; i < 30; i++) {
            numbers.add(random.nextInt());
        }
        return numbers;
    }

    private static List<Object> longs(Random random) {
        List<Object> numbers = new ArrayList<>(List.of(0L, -1L, 1L, Long.MIN_VALUE, Long.MAX_VALUE, Long.MAX_VALUE - 1,
                (1L << 53) + 1, 1L << 53, (1L << 53) - 1));
        for (int i = 0; i < 30; i++) {
            numbers.add(random.nextLong());
        }
        return numbers;
    }
}
