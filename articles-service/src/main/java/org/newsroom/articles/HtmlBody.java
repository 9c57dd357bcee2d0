package org.newsroom.articles;

import jakarta.inject.Singleton;
import org.owasp.html.HtmlSanitizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTML body (a WordPress post's content) made safe with the same policy as Markdown bodies:
 * the block editor's {@code <!-- wp:... -->} marks and {@code <!--more-->} go, and text the classic
 * editor kept as blank-line separated paragraphs becomes {@code <p>} paragraphs, as WordPress's
 * {@code wpautop} does when it shows a post.
 */
@Singleton
public class HtmlBody {

    private static final Pattern EDITOR_MARKS = Pattern.compile("<!--\\s*/?wp:.*?-->|<!--\\s*(?:more|nextpage|noteaser)\\b.*?-->",
            Pattern.DOTALL);
    private static final Pattern BLOCK = Pattern.compile("(?i)^<(?:p|div|h[1-6]|ul|ol|li|dl|dt|dd|blockquote|pre|table|thead|tbody"
            + "|tfoot|tr|td|th|caption|figure|figcaption|hr|section|article|aside|header|footer|nav|address|form|fieldset"
            + "|details|summary|main|iframe|style|script|object|video|audio)\\b");
    private static final Pattern PREFORMATTED = Pattern.compile("(?is)<pre\\b.*?</pre>");
    private static final String KEPT = "\u0000kept-";
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i",
            "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var");

    public String toSafeHtml(String html) {
        return MarkdownRenderer.POLICY.sanitize(paragraphs(withoutEditorMarks(html)));
    }

    /** The words of any HTML (an imported excerpt) as a reader sees them once sanitized, cut to excerpt length. */
    public String excerpt(String html) {
        return excerptOfSafe(toSafeHtml(html));
    }

    /**
     * The words of sanitized HTML, cut to excerpt length: only what the page shows, never the text of
     * an element the sanitizer removed with its content (a script, an iframe).
     */
    public static String excerptOfSafe(String safeHtml) {
        return MarkdownRenderer.cut(textOf(safeHtml));
    }

    /** The text of the body without markup, entities decoded, nothing of scripts or styles. */
    public String plainText(String html) {
        return textOf(html);
    }

    /** The text of HTML as a reader sees it: no markup or attribute, entities decoded, nothing of scripts or styles. */
    static String textOf(String html) {
        StringBuilder text = new StringBuilder();
        HtmlSanitizer.sanitize(withoutEditorMarks(html), new HtmlSanitizer.Policy() {
            private int hidden;

            @Override
            public void openDocument() {
            }

            @Override
            public void closeDocument() {
            }

            @Override
            public void openTag(String element, List<String> attributes) {
                hidden += isHidden(element) ? 1 : 0;
                separate(element);
            }

            @Override
            public void closeTag(String element) {
                hidden -= isHidden(element) && hidden > 0 ? 1 : 0;
                separate(element);
            }

            /** Blocks and line breaks part words; inline markup (a link, emphasis) does not: "a <em>b</em>, c" is "a b, c". */
            private void separate(String element) {
                if (!INLINE.contains(element.toLowerCase(Locale.ROOT))) {
                    text.append(' ');
                }
            }

            @Override
            public void text(String chunk) {
                if (hidden == 0) {
                    text.append(chunk);
                }
            }
        });
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    static String withoutEditorMarks(String html) {
        return EDITOR_MARKS.matcher(html).replaceAll("");
    }

    /** Blank-line separated text that is not already a block becomes a paragraph, its single line breaks {@code <br>}. */
    static String paragraphs(String html) {
        List<String> preformatted = new ArrayList<>();
        Matcher pre = PREFORMATTED.matcher(html.replace("\r\n", "\n").replace('\r', '\n'));
        StringBuilder protectedText = new StringBuilder();
        while (pre.find()) {
            pre.appendReplacement(protectedText, Matcher.quoteReplacement(KEPT + preformatted.size() + "\u0000"));
            preformatted.add(pre.group());
        }
        pre.appendTail(protectedText);
        StringBuilder out = new StringBuilder();
        for (String chunk : protectedText.toString().split("\\n\\s*\\n")) {
            String block = chunk.strip();
            if (block.isEmpty()) {
                continue;
            }
            if (block.startsWith(KEPT) || BLOCK.matcher(block).find()) {
                out.append(block);
            } else {
                out.append("<p>").append(block.replaceAll("\\s*\\n\\s*", "<br />\n")).append("</p>");
            }
            out.append('\n');
        }
        String result = out.toString();
        for (int i = 0; i < preformatted.size(); i++) {
            result = result.replace(KEPT + i + "\u0000", preformatted.get(i));
        }
        return result;
    }

    private static boolean isHidden(String element) {
        String name = element.toLowerCase(Locale.ROOT);
        return name.equals("script") || name.equals("style");
    }
}
