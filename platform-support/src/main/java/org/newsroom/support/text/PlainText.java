package org.newsroom.support.text;

import java.util.regex.Pattern;

/**
 * What typed text may hold: no control characters (tab and line breaks only where text has lines), no
 * noncharacters, no lone surrogates; one line holds no Unicode line or paragraph separator either. Such characters show nothing to a reader, can forge lines in mail and
 * logs, and XML (the feeds) cannot hold most of them. The patterns match a whole value, for {@code @Pattern}.
 */
public final class PlainText {

    public static final String ONE_LINE = "[^\\p{Cc}\\p{Cs}\\x{FFFE}\\x{FFFF}\\x{2028}\\x{2029}]*";
    public static final String LINES = "[\\t\\n\\r[^\\p{Cc}\\p{Cs}\\x{FFFE}\\x{FFFF}]]*";
    public static final String ONE_LINE_MESSAGE = "must be one line without control characters";
    public static final String LINES_MESSAGE = "must not contain control characters";

    private static final Pattern ONE_LINE_PATTERN = Pattern.compile(ONE_LINE);
    private static final Pattern LINES_PATTERN = Pattern.compile(LINES);

    private PlainText() {
    }

    public static boolean isOneLine(String value) {
        return ONE_LINE_PATTERN.matcher(value).matches();
    }

    public static boolean isLines(String value) {
        return LINES_PATTERN.matcher(value).matches();
    }
}
