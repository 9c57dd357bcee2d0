package org.newsroom.support.text;

import java.util.regex.Pattern;

/**
 * A typed value put inside a line of plain text (a mail's subject, a feed entry's title), where no {@code <bdi>} can
 * hold it: one that carries explicit bidirectional controls (embeddings, overrides, isolates) is isolated between
 * U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE, so that an override it leaves open ends with it
 * instead of turning the rest of the line around ("Eve \u202Egnp.exe replied" read backwards). Any other value is
 * left as it is: an Arabic or Hebrew name keeps its own direction without help, and ASCII subjects stay ASCII.
 */
public final class BidiIsolation {

    private static final Pattern EXPLICIT_CONTROLS = Pattern.compile("[\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]");

    private BidiIsolation() {
    }

    public static String isolated(String text) {
        return EXPLICIT_CONTROLS.matcher(text).find() ? "\u2068" + text + "\u2069" : text;
    }
}
