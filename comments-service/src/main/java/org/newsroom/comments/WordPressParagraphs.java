package org.newsroom.comments;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML as WordPress stores a comment, laid out as WordPress shows it ({@code wpautop}): text
 * separated by blank lines becomes paragraphs, single line breaks {@code <br />}, block elements
 * (headings, lists, quotes, tables) stand on their own, and {@code <pre>} is left as typed.
 * Nothing here makes HTML safe: the result goes through a sanitizer.
 */
final class WordPressParagraphs {

    private static final String BLOCK = "(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form"
            + "|map|area|blockquote|address|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav"
            + "|figure|figcaption|details|menu|summary)";
    private static final Pattern PREFORMATTED = Pattern.compile("(?is)<pre\\b.*?</pre>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final String KEPT_NEWLINE = " <!-- wpnl --> ";
    private static final List<Rule> PARAGRAPHS = List.of(
            new Rule("(?i)<br\\s*/?>\\s*<br\\s*/?>", "\n\n"),
            new Rule("(?i)(<" + BLOCK + "[\\s/>])", "\n\n$1"),
            new Rule("(?i)(</" + BLOCK + ">)", "$1\n\n"),
            new Rule("(?i)(<hr\\s*?/?>)", "$1\n\n"));
    private static final List<Rule> BLOCKS_UNWRAPPED = List.of(
            new Rule("<p>\\s*</p>", ""),
            new Rule("(?i)<p>([^<]+)</(div|address|form)>", "<p>$1</p></$2>"),
            new Rule("(?i)<p>\\s*(</?" + BLOCK + "[^>]*>)\\s*</p>", "$1"),
            new Rule("(?i)<p>(<li.+?)</p>", "$1"),
            new Rule("(?i)<p><blockquote([^>]*)>", "<blockquote$1><p>"),
            new Rule("(?i)</blockquote></p>", "</p></blockquote>"),
            new Rule("(?i)<p>\\s*(</?" + BLOCK + "[^>]*>)", "$1"),
            new Rule("(?i)(</?" + BLOCK + "[^>]*>)\\s*</p>", "$1"));
    private static final List<Rule> LINE_BREAKS = List.of(
            new Rule("(?i)<br\\s*/?>", "<br />"),
            new Rule("(?<!<br />)\\s*\\n", "<br />\n"),
            new Rule("(?i)(</?" + BLOCK + "[^>]*>)\\s*<br />", "$1"),
            new Rule("(?i)<br />(\\s*</?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)", "$1"),
            new Rule("\\n</p>$", "</p>"));

    private record Rule(Pattern pattern, String replacement) {

        Rule(String regex, String replacement) {
            this(Pattern.compile(regex), replacement);
        }

        String apply(String text) {
            return pattern.matcher(text).replaceAll(replacement);
        }
    }

    private WordPressParagraphs() {
    }

    static String of(String html) {
        if (html.isBlank()) {
            return "";
        }
        List<String> preformatted = new ArrayList<>();
        String text = keepApart(html.replace("\r\n", "\n").replace('\r', '\n') + "\n", preformatted);
        text = applyAll(PARAGRAPHS, text);
        text = TAG.matcher(text).replaceAll(tag -> Matcher.quoteReplacement(tag.group().replace("\n", KEPT_NEWLINE)));
        StringBuilder paragraphs = new StringBuilder();
        for (String paragraph : text.replaceAll("\\n\\n+", "\n\n").split("\\n\\s*\\n")) {
            if (!paragraph.isEmpty()) {
                paragraphs.append("<p>").append(paragraph.replaceAll("^\\n+|\\n+$", "")).append("</p>\n");
            }
        }
        text = applyAll(LINE_BREAKS, applyAll(BLOCKS_UNWRAPPED, paragraphs.toString()));
        for (int i = 0; i < preformatted.size(); i++) {
            text = text.replace(placeholder(i), preformatted.get(i));
        }
        return text.replace(KEPT_NEWLINE, "\n");
    }

    /** {@code <pre>} elements keep their line breaks: each is set aside behind an empty block of its own. */
    private static String keepApart(String text, List<String> preformatted) {
        return PREFORMATTED.matcher(text).replaceAll(pre -> {
            preformatted.add(pre.group());
            return Matcher.quoteReplacement(placeholder(preformatted.size() - 1));
        });
    }

    private static String placeholder(int index) {
        return "<pre wp-pre-tag-" + index + "></pre>";
    }

    private static String applyAll(List<Rule> rules, String text) {
        String result = text;
        for (Rule rule : rules) {
            result = rule.apply(result);
        }
        return result;
    }
}
