package org.newsroom.articles;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The words an article can be found by: lower-case ASCII, stored on the article and indexed, so
 * that {@code q} is an index lookup on any MongoDB (mongo-java-server has no text search).
 */
public final class SearchTokens {

    /** Longer "words" (hashes, runs of one letter) are nobody's search and would only bloat the index. */
    private static final int MAX_WORD_LENGTH = 64;

    private SearchTokens() {
    }

    public static List<String> of(String... texts) {
        return words(String.join(" ", texts));
    }

    static List<String> words(String text) {
        return Arrays.stream(Slugs.toAscii(text).toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
                .filter(word -> !word.isEmpty() && word.length() <= MAX_WORD_LENGTH)
                .distinct()
                .toList();
    }
}
