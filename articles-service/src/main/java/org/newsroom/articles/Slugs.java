package org.newsroom.articles;

import com.ibm.icu.text.Transliterator;

import java.util.Locale;
import java.util.regex.Pattern;

/** URL slugs made from titles: any script transliterated to lower-case ASCII words joined by hyphens. */
public final class Slugs {

    static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    private static final Pattern SLUG = Pattern.compile(PATTERN);
    public static final int MAX_LENGTH = 120;

    private Slugs() {
    }

    /** A path under /articles that is not an article: GET /articles/deletions is the outbox. */
    public static boolean isReserved(String slug) {
        return "deletions".equals(slug);
    }

    public static boolean isValid(String slug) {
        return slug.length() <= MAX_LENGTH && SLUG.matcher(slug).matches();
    }

    public static String fromTitle(String title) {
        String slug = toAscii(title).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug;
    }

    static String toAscii(String text) {
        String latin = LatinToAscii.convert(text);
        return latin != null ? latin : AnyScript.toAscii(text);
    }

    /** ICU, loaded with the first text in another script: most titles never need it (see LatinToAscii). */
    private static final class AnyScript {
        private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");

        static String toAscii(String text) {
            synchronized (TO_ASCII) {
                return TO_ASCII.transliterate(text);
            }
        }
    }
}
