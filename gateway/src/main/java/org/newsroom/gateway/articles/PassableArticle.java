package org.newsroom.gateway.articles;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * Whether an article as articles-service wrote it can go into the view byte for byte, because
 * writing {@link Article} back would give the same JSON: a whole article with every field the
 * gateway knows and no other, and, for a reader, no editor's field. Checked with a streaming parser that skips
 * the texts (an article is mostly its body, twice) without decoding them; anything else takes the
 * decode-and-write path.
 */
final class PassableArticle {

    private static final JsonFactory JSON = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final Set<String> ALWAYS_WRITTEN = Set.of("id", "slug", "title", "excerpt", "body", "bodyFormat", "bodyHtml",
            "author", "tags", "status", "commentStatus", "publishedAt", "createdAt", "updatedAt", "version");
    private static final Set<String> TEXTS_REQUIRED = Set.of("id", "slug", "title");
    /** Written only when set ({@code NON_NULL}), and only to editors. */
    private static final String EDITORS_ONLY = "updatedBy";

    private PassableArticle() {
    }

    /** The article's id when {@code json} may be passed on as it is; empty when it must be decoded and written again. */
    static Optional<String> idOf(byte[] json, boolean forReaders) {
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            String id = null;
            int written = 0;
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                String field = parser.currentName();
                boolean editorsOnly = field.equals(EDITORS_ONLY);
                if (editorsOnly ? forReaders : !ALWAYS_WRITTEN.contains(field)) {
                    return Optional.empty();
                }
                JsonToken value = parser.nextToken();
                if (TEXTS_REQUIRED.contains(field) && value != JsonToken.VALUE_STRING
                        || editorsOnly && value == JsonToken.VALUE_NULL) {
                    return Optional.empty();
                }
                if (field.equals("id")) {
                    id = parser.getText();
                }
                parser.skipChildren();
                written += editorsOnly ? 0 : 1;
            }
            return written == ALWAYS_WRITTEN.size() && parser.currentToken() == JsonToken.END_OBJECT && parser.nextToken() == null
                    ? Optional.of(id) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
