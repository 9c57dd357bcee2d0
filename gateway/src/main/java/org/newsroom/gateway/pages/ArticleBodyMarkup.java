package org.newsroom.gateway.pages;

import io.micronaut.core.annotation.Nullable;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article's body as its page shows it; the API's {@code bodyHtml} stays as the service made it. In a body with an
 * {@code h1} every heading goes one level down (h6 stays h6), so that the title stays the page's one h1; an image
 * without {@code alt} gets {@code alt=""}; {@code pre} and {@code table} get {@code tabindex="0"}, so that a keyboard
 * can scroll them. The input is sanitizer output (lower-case names, quoted values, {@code <} and {@code >} escaped in
 * text and values): every {@code <} starts a tag. A tag left as it was keeps its bytes.
 */
public final class ArticleBodyMarkup {

    private static final String VALUE = "(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'>]+))?";
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s+([^\\s\"'>/=]+)" + VALUE);
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:\\s+[^\\s\"'>/=]+" + VALUE + ")*)\\s*(/?)>");
    private static final Pattern SHIFTED_HEADING = Pattern.compile("h[1-5]");

    private ArticleBodyMarkup() {
    }

    public static String forPage(@Nullable String html) {
        if (html == null) {
            return "";
        }
        if (!html.contains("<h1") && !html.contains("<img") && !html.contains("<pre") && !html.contains("<table")) {
            return html;
        }
        boolean shiftHeadings = hasH1(html);
        Matcher tag = TAG.matcher(html);
        StringBuilder page = new StringBuilder(html.length() + 64);
        while (tag.find()) {
            tag.appendReplacement(page, Matcher.quoteReplacement(rewritten(tag, shiftHeadings)));
        }
        tag.appendTail(page);
        return page.toString();
    }

    private static boolean hasH1(String html) {
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            if (tag.group(1).isEmpty() && tag.group(2).equalsIgnoreCase("h1")) {
                return true;
            }
        }
        return false;
    }

    private static String rewritten(Matcher tag, boolean shiftHeadings) {
        boolean closing = !tag.group(1).isEmpty();
        String name = tag.group(2).toLowerCase(Locale.ROOT);
        String attributes = tag.group(3);
        String renamed = shiftHeadings && SHIFTED_HEADING.matcher(name).matches() ? "h" + (name.charAt(1) - '0' + 1) : name;
        String added = closing ? "" : addedAttributes(name, attributeNames(attributes));
        if (renamed.equals(name) && added.isEmpty()) {
            return tag.group();
        }
        return "<" + tag.group(1) + renamed + attributes + added + (tag.group(4).isEmpty() ? "" : " /") + ">";
    }

    private static String addedAttributes(String name, Set<String> present) {
        if (name.equals("img") && !present.contains("alt")) {
            return " alt=\"\"";
        }
        if ((name.equals("pre") || name.equals("table")) && !present.contains("tabindex")) {
            return " tabindex=\"0\"";
        }
        return "";
    }

    private static Set<String> attributeNames(String attributes) {
        Set<String> names = new HashSet<>();
        Matcher attribute = ATTRIBUTE.matcher(attributes);
        while (attribute.find()) {
            names.add(attribute.group(1).toLowerCase(Locale.ROOT));
        }
        return names;
    }
}
