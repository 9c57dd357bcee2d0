package org.newsroom.articles;

import java.text.Normalizer;
import java.util.Map;

/**
 * Latin text (accents, ligatures, typographic punctuation) to ASCII with the JDK alone, giving what
 * ICU's "Any-Latin; Latin-ASCII" gives for the same characters (LatinToAsciiTest compares every one).
 * ICU's transliterators cost articles-service 281 classes and megabytes of rule data in its heap, so
 * they are loaded only for text this cannot convert.
 */
final class LatinToAscii {

    /** Letters and punctuation with no canonical decomposition into an ASCII letter and accents. */
    private static final Map<Character, String> WITHOUT_DECOMPOSITION = Map.ofEntries(
            Map.entry('Æ', "AE"), Map.entry('æ', "ae"), Map.entry('Ð', "D"), Map.entry('ð', "d"),
            Map.entry('Ø', "O"), Map.entry('ø', "o"), Map.entry('Þ', "TH"), Map.entry('þ', "th"),
            Map.entry('ß', "ss"), Map.entry('ẞ', "SS"), Map.entry('Đ', "D"), Map.entry('đ', "d"),
            Map.entry('Ħ', "H"), Map.entry('ħ', "h"), Map.entry('ı', "i"), Map.entry('Ĳ', "IJ"),
            Map.entry('ĳ', "ij"), Map.entry('Ŀ', "L"), Map.entry('ŀ', "l"), Map.entry('Ł', "L"),
            Map.entry('ł', "l"), Map.entry('Ŋ', "N"), Map.entry('ŋ', "n"), Map.entry('Œ', "OE"),
            Map.entry('œ', "oe"), Map.entry('Ŧ', "T"), Map.entry('ŧ', "t"), Map.entry('ſ', "s"),
            Map.entry('\u00A0', " "), Map.entry('\u00AD', "-"), Map.entry('«', "<<"), Map.entry('»', ">>"),
            Map.entry('‐', "-"), Map.entry('‑', "-"), Map.entry('‒', "-"), Map.entry('–', "-"),
            Map.entry('—', "-"), Map.entry('―', "-"), Map.entry('‘', "'"), Map.entry('’', "'"),
            Map.entry('‚', ","), Map.entry('“', "\""), Map.entry('”', "\""), Map.entry('„', ",,"),
            Map.entry('…', "..."), Map.entry('‹', "<"), Map.entry('›', ">"));

    private LatinToAscii() {
    }

    /** The ASCII form of {@code text}, or null when it holds a character this does not know. */
    static String convert(String text) {
        if (!text.chars().allMatch(c -> c < 0x80 || isLatin(c) || isAccent(c) || WITHOUT_DECOMPOSITION.containsKey((char) c))) {
            return null;
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder ascii = new StringBuilder(composed.length());
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            String known = c < 0x80 ? String.valueOf(c) : WITHOUT_DECOMPOSITION.getOrDefault(c, withoutAccents(c));
            if (known == null) {
                return null;
            }
            ascii.append(known);
        }
        return ascii.toString();
    }

    /** A Latin letter with accents as its ASCII letter; null for anything else. */
    private static String withoutAccents(char c) {
        if (!isLatin(c)) {
            return null;
        }
        String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return base.chars().allMatch(b -> b < 0x80) ? base : null;
    }

    private static boolean isLatin(int c) {
        return (c >= 0x00C0 && c <= 0x024F) || (c >= 0x1E00 && c <= 0x1EFF);
    }

    /** Combining accents: composed with the letter before them (NFC) or, alone, left to ICU. */
    private static boolean isAccent(int c) {
        return c >= 0x0300 && c <= 0x036F;
    }
}
