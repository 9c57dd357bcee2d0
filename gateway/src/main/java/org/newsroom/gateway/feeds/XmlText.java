package org.newsroom.gateway.feeds;

import io.micronaut.core.annotation.Nullable;

/**
 * Text as XML 1.0 can hold it: without the control characters (other than tab, line feed and carriage
 * return), lone surrogates and noncharacters it forbids, which would make the whole feed fail to be written.
 */
final class XmlText {

    private XmlText() {
    }

    @Nullable
    static String of(@Nullable String text) {
        if (text == null || text.codePoints().allMatch(XmlText::isAllowed)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(XmlText::isAllowed).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean isAllowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
