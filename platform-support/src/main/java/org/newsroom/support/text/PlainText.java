package org.newsroom.support.text;

import java.util.regex.Pattern;

/**
 * What typed text may hold: no control characters (tab and line breaks only where text has lines), no
 * noncharacters, no lone surrogates; one line holds no Unicode line or paragraph separator either. Such characters show nothing to a reader, can forge lines in mail and
 * logs, and XML (the feeds) cannot hold most of them. A name or title must also show something: a
 * value of only invisible characters (bidi controls, zero-width ones, marks without a base letter,
 * blanks, fillers) reads as nobody, or turns the rest of a line around. The patterns match a whole
 * value, for {@code @Pattern}.
 */
public final class PlainText {

    /** The 66 noncharacters: U+FDD0..U+FDEF and the last two code points of every plane (U+FFFE, U+FFFF ... U+10FFFF). */
    private static final String NONCHARACTER = "\\p{IsNoncharacter_Code_Point}";
    public static final String ONE_LINE = "[^\\p{Cc}\\p{Cs}" + NONCHARACTER + "\\x{2028}\\x{2029}]*";
    public static final String LINES = "[\\t\\n\\r[^\\p{Cc}\\p{Cs}" + NONCHARACTER + "]]*";
    /** The refusals name every kind of character the patterns refuse, not only the controls. */
    public static final String ONE_LINE_MESSAGE = "must be one line without control characters, noncharacters or lone surrogates";
    public static final String LINES_MESSAGE = "must not contain control characters, noncharacters or lone surrogates";
    /** Format characters (Cf), marks (M), blanks and controls, and the Hangul and Braille fillers: none shows by itself. */
    private static final String INVISIBLE = "\\p{Cf}\\p{M}\\p{Z}\\p{Cc}\\x{115F}\\x{1160}\\x{3164}\\x{FFA0}\\x{2800}";
    /** Empty (whether a value is required is a rule of its own), or with at least one character that shows. */
    public static final String VISIBLE = "(?s)|.*[^" + INVISIBLE + "].*";
    public static final String VISIBLE_MESSAGE = "must contain a visible character";
    /** Blank (spaces and line breaks: whether that is allowed is a rule of its own), or with a character that shows. */
    public static final String VISIBLE_OR_BLANK = "(?s)\\s*|.*[^" + INVISIBLE + "].*";

    private static final Pattern ONE_LINE_PATTERN = Pattern.compile(ONE_LINE);
    private static final Pattern LINES_PATTERN = Pattern.compile(LINES);
    private static final Pattern VISIBLE_PATTERN = Pattern.compile(VISIBLE);

    private PlainText() {
    }

    public static boolean isOneLine(String value) {
        return ONE_LINE_PATTERN.matcher(value).matches();
    }

    public static boolean isLines(String value) {
        return LINES_PATTERN.matcher(value).matches();
    }

    public static boolean isVisible(String value) {
        return VISIBLE_PATTERN.matcher(value).matches();
    }
}
