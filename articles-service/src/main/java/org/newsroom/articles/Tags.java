package org.newsroom.articles;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An article's tags: the names as written ("Post Formats"), and each one's lower-case key
 * ("post formats"), which is what {@code tag=} matches and the index holds. Two spellings of one
 * key are one tag; the first spelling is kept.
 */
public record Tags(List<String> names, List<String> keys) {

    public static final int MAX_TAGS = 50;
    public static final int MAX_TAG_LENGTH = 50;

    public static Tags of(List<String> written) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String tag : written) {
            String name = tag.strip();
            if (!name.isEmpty()) {
                byKey.putIfAbsent(keyOf(name), name);
            }
        }
        return new Tags(List.copyOf(byKey.values()), List.copyOf(byKey.keySet()));
    }

    public static String keyOf(String tag) {
        return tag.strip().toLowerCase(Locale.ROOT);
    }
}
