package org.newsroom.articles;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words an article can be found by, stored on the article and indexed, so that {@code q} is an index lookup on any
 * MongoDB (mongo-java-server has no text search). A query is cut into words the same way, and an article matches when
 * it has every one of them.
 * <ul>
 * <li>Letters and digits of most scripts (Latin, Greek, Cyrillic, Thai...): lower-case ASCII words, accents and case
 * gone, other scripts transliterated ("Straße" is {@code strasse}, "Москва" {@code moskva}); a word over 64
 * characters is kept as its first 64.
 * <li>Han, kana and Hangul, written without spaces between words: the characters of each run and each pair of
 * neighbours in it, so that any word inside running text is found, the query's pairs all being required
 * ("東京で会議が" has 東京, 京で, で会, 会議, 議が; "会議" asks for 会議, a single "会" for 会).
 * <li>A symbol such as an emoji (Unicode's "other symbol"), with what joins it (a ZWJ sequence, a skin tone, a flag's
 * pair): a word of its own, of at most 64 characters; 👩‍👩‍👧‍👦 is one word, not 👩.
 * </ul>
 * Text is first put in NFKC form without variation selectors: half-width kana and full-width letters and digits are
 * the usual ones, and an emoji is the same word with or without its emoji presentation (❤️, ❤).
 */
public final class SearchTokens {

    /**
     * How the stored words are made; articles stored under an older way get the current one at start-up
     * ({@link SearchWordsUpgrade}). 1: from the raw body (Markdown, or the text of imported HTML);
     * 2: from the words a reader sees, those of the title, the excerpt and the text of the rendered, sanitized body;
     * 3: Han, kana and Hangul as characters and pairs (no longer transliterated), long words kept as their first
     * 64 characters, symbols and emoji as words.
     */
    public static final int VERSION = 3;

    /**
     * Longer words (a German compound, a hash, a run of one letter) are kept as their first 64 characters, in the text
     * and in a query alike, so that they are found without bloating the index.
     */
    private static final int MAX_WORD_LENGTH = 64;
    private static final Pattern NOT_ASCII_LETTERS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern ASCII = Pattern.compile("\\p{ASCII}*");
    private static final Pattern VARIATION_SELECTORS = Pattern.compile("[\\uFE00-\\uFE0F\\x{E0100}-\\x{E01EF}]");
    private static final Pattern GRAPHEME_CLUSTER = Pattern.compile("\\X");

    /** What a character is part of. */
    private enum Kind { NOTHING, WORD, SPACELESS, SYMBOL }

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

    /** The words stored for these texts. */
    public static List<String> of(String... texts) {
        return words(String.join(" ", texts), true);
    }

    /** The words an article must all have to match the query {@code q}; none when it has no word (only punctuation). */
    public static List<String> ofQuery(String q) {
        return words(q, false);
    }

    /**
     * Cuts the text into pieces of one kind: a word of letters, marks and digits, a run of spaceless script, or a symbol
     * with what joins it (a grapheme cluster). A run of spaceless script gives its single characters too when
     * {@code stored}; a query asks for them only when its run is a single character.
     */
    private static List<String> words(String text, boolean stored) {
        String normal = VARIATION_SELECTORS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
        Map<String, String[]> known = new HashMap<>();
        Set<String> words = new LinkedHashSet<>();
        Matcher cluster = GRAPHEME_CLUSTER.matcher(normal);
        int start = 0;
        while (start < normal.length()) {
            Kind kind = kindOf(normal.codePointAt(start));
            int end = start + Character.charCount(normal.codePointAt(start));
            if (kind == Kind.SYMBOL && cluster.region(start, normal.length()).lookingAt()) {
                end = cluster.end();
            }
            while (kind != Kind.SYMBOL && end < normal.length() && kindOf(normal.codePointAt(end)) == kind) {
                end += Character.charCount(normal.codePointAt(end));
            }
            String piece = normal.substring(start, end);
            switch (kind) {
                case WORD -> words.addAll(Arrays.asList(known.computeIfAbsent(piece, SearchTokens::asciiWords)));
                case SPACELESS -> addCharactersAndPairs(piece, stored, words);
                case SYMBOL -> words.add(piece.codePointCount(0, piece.length()) > MAX_WORD_LENGTH
                        ? piece.substring(0, piece.offsetByCodePoints(0, MAX_WORD_LENGTH)) : piece);
                case NOTHING -> { }
            }
            start = end;
        }
        return List.copyOf(words);
    }

    private static Kind kindOf(int c) {
        if (c < 0x80) {
            return Character.isLetterOrDigit(c) ? Kind.WORD : Kind.NOTHING;
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER, Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK,
                    Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER ->
                    isSpaceless(c) ? Kind.SPACELESS : Kind.WORD;
            case Character.OTHER_SYMBOL -> Kind.SYMBOL;
            default -> Kind.NOTHING;
        };
    }

    /** Han, kana (with the prolonged sound mark and the voicing marks) and Hangul. */
    private static boolean isSpaceless(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || c == 0x30FC || c == 0x3099 || c == 0x309A;
    }

    /**
     * A word as lower-case ASCII words, each cut to {@value #MAX_WORD_LENGTH} characters. Each distinct word is
     * transliterated once, and only when it is not ASCII already: ICU's transliteration of a whole long body took
     * seconds (100,000 accented characters: over 5 s).
     */
    private static String[] asciiWords(String word) {
        String ascii = ASCII.matcher(word).matches() ? word : Slugs.toAscii(word);
        return Arrays.stream(NOT_ASCII_LETTERS.split(ascii.toLowerCase(Locale.ROOT)))
                .filter(part -> !part.isEmpty())
                .map(part -> part.length() > MAX_WORD_LENGTH ? part.substring(0, MAX_WORD_LENGTH) : part)
                .toArray(String[]::new);
    }

    private static void addCharactersAndPairs(String run, boolean withCharacters, Set<String> words) {
        int[] characters = run.codePoints().toArray();
        for (int i = 0; i < characters.length; i++) {
            if (withCharacters || characters.length == 1) {
                words.add(new String(characters, i, 1));
            }
            if (i + 1 < characters.length) {
                words.add(new String(characters, i, 2));
            }
        }
    }
}
