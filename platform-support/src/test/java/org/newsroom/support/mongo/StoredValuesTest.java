package org.newsroom.support.mongo;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.DataType;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The embedded store's compact encoding of documents, ids and index keys. */
class StoredValuesTest {

    @Test
    void everyValueTypeADocumentHoldsIsReadBackEqual() {
        Document document = commentLike(new ObjectId())
                .append("instantWithNanos", Instant.ofEpochSecond(1_700_000_000L, 123_456_789))
                .append("date", new Date(1_700_000_000_123L))
                .append("int", Integer.MIN_VALUE).append("long", Long.MAX_VALUE).append("double", -0.5)
                .append("true", true).append("false", false).append("null", null)
                .append("unicode", "Grüße, 東京 😀")
                .append("nested", new Document("deeper", new Document("list", List.of(1, "two", List.of(3.0)))))
                .append("emptyList", List.of()).append("emptyDocument", new Document())
                .append("uuid", UUID.randomUUID()).append("binary", new BinData(new byte[]{0, 1, -1}))
                .append("decimal", Decimal128.fromNumber(12.5)).append("timestamp", new BsonTimestamp(42L));

        Object read = roundTrip(StoredValueType.INSTANCE, document);

        assertEquals(document, read);
        assertEquals(new ArrayList<>(document.keySet()), new ArrayList<>(((Document) read).keySet()), "field order is kept");
    }

    @Test
    void keysOfEveryKindAreReadBackEqual() {
        for (Object key : List.of(new ObjectId(), "a-slug", 42L, 7, 2.5, UUID.randomUUID(), new Document("compound", 1))) {
            assertEquals(key, roundTrip(StoredValueType.INSTANCE, key));
        }
        assertSame(Missing.getInstance(), roundTrip(StoredValueType.INSTANCE, Missing.getInstance()));
        KeyValue uniqueKey = new KeyValue("reader@example.org", null, Missing.getInstance());
        assertEquals(uniqueKey, roundTrip(KeyValueType.INSTANCE, uniqueKey));
    }

    @Test
    void aCommentTakesAFractionOfItsJavaSerializedSize() {
        Document comment = commentLike(new ObjectId());

        int compact = encodedSize(StoredValueType.INSTANCE, comment);
        int javaSerialized = encodedSize(new ObjectDataType(), comment);

        assertTrue(compact * 2 < javaSerialized, "compact %d bytes, Java-serialized %d".formatted(compact, javaSerialized));
    }

    @Test
    void idsOfOneTypeKeepTheOrderOfH2sDefaultEncoding() {
        ObjectDataType before = new ObjectDataType();
        List<List<?>> samples = List.of(List.of(new ObjectId(), new ObjectId(), new ObjectId()),
                List.of("b", "a", "ab", "B", ""), List.of(5L, -3L, 0L, Long.MAX_VALUE));
        for (List<?> ids : samples) {
            for (Object a : ids) {
                for (Object b : ids) {
                    assertEquals(Integer.signum(before.compare(a, b)), Integer.signum(StoredValueType.INSTANCE.compare(a, b)),
                            a + " against " + b);
                }
            }
        }
    }

    static Document commentLike(ObjectId id) {
        return new Document("_id", id).append("articleId", "65a1f0c2e4b0a1b2c3d4e5f6").append("parentId", null)
                .append("ancestors", List.of()).append("depth", 1).append("authorName", "A reader")
                .append("authorEmailKey", "3f2a9c0d1e").append("content", "<p>A comment with a few words of text in it.</p>")
                .append("status", "PENDING").append("visible", false).append("createdAt", Instant.ofEpochMilli(1_700_000_000_123L))
                .append("dedupeKey", "e3b0c44298fc1c149afbf4c8996fb924").append("version", 0L);
    }

    private static <T> Object roundTrip(DataType<T> type, T value) {
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, value);
        ByteBuffer written = buffer.getBuffer();
        written.flip();
        Object read = type.read(written);
        assertEquals(0, written.remaining(), "every byte written is read");
        return read;
    }

    private static <T> int encodedSize(DataType<T> type, T value) {
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, value);
        return buffer.position();
    }
}
