package org.newsroom.articles;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words an article can be found by: lower-case ASCII, stored on the article and indexed, so
 * that {@code q} is an index lookup on any MongoDB (mongo-java-server has no text search).
 */
public final class SearchTokens {

    /**
     * How the stored words are made; articles stored under an older way get the current one at start-up
     * ({@link SearchWordsUpgrade}). 1: from the raw body (Markdown, or the text of imported HTML);
     * 2: from the words a reader sees, those of the title, the excerpt and the text of the rendered, sanitized body.
     */
    public static final int VERSION = 2;

    /** Longer "words" (hashes, runs of one letter) are nobody's search and would only bloat the index. */
    private static final int MAX_WORD_LENGTH = 64;
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");
    private static final Pattern ASCII = Pattern.compile("\\p{ASCII}*");

    private SearchTokens() {
    }

    /**
     * The words of an article as a reader sees it: its title, its excerpt and the text of its rendered,
     * sanitized body ({@code bodyHtml}), not the Markdown or HTML it was written in: no tag or attribute,
     * nothing the sanitizer removed (a script), no WordPress block mark.
     */
    public static List<String> ofArticle(String title, String excerpt, String bodyHtml) {
        return of(title, excerpt, HtmlBody.textOf(bodyHtml));
    }

    public static List<String> of(String... texts) {
        return words(String.join(" ", texts));
    }

    /**
     * Each distinct word is transliterated once, and only when it is not ASCII already: ICU's
     * transliteration of a whole long body took seconds (100,000 accented characters: over 5 s).
     */
    static List<String> words(String text) {
        Map<String, String> asAscii = new HashMap<>();
        return Arrays.stream(NOT_A_WORD.split(text))
                .map(word -> asAscii.computeIfAbsent(word, SearchTokens::ascii))
                .flatMap(word -> Arrays.stream(word.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")))
                .filter(word -> !word.isEmpty() && word.length() <= MAX_WORD_LENGTH)
                .distinct()
                .toList();
    }

    private static String ascii(String word) {
        return ASCII.matcher(word).matches() ? word : Slugs.toAscii(word);
    }
}
