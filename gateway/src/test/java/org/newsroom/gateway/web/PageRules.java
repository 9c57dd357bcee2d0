package org.newsroom.gateway.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the Content-Security-Policy and the "user text is text" rule forbid in the files under
 * {@code public/}, checked on their source: each rule returns what it found, empty when clean.
 */
final class PageRules {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;
    private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>(.*?)</script\\s*>", FLAGS);
    private static final Pattern SCRIPT_OPEN = Pattern.compile("<script\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MODULE_SOURCE = Pattern.compile("\\btype=\"module\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATA_BLOCK = Pattern.compile("^\\s*type=\"application/ld\\+json\"\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LOCAL_SOURCE = Pattern.compile("\\bsrc=\"/static/js/[a-z0-9-]+\\.js\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern HANDLER_ATTRIBUTE = Pattern.compile("<[a-z][^>]*?\\son[a-z]+\\s*=", FLAGS);
    private static final Pattern STYLE_ATTRIBUTE = Pattern.compile("<[a-z][^>]*?\\sstyle\\s*=|<style\\b", FLAGS);
    private static final Pattern JS_HANDLER = Pattern.compile("setAttribute\\(\\s*['\"]on|['\"]on[a-z]+['\"]\\s*:|\\.on[a-z]+\\s*=[^=]", FLAGS);
    private static final Pattern JS_STYLE = Pattern.compile("setAttribute\\(\\s*['\"]style['\"]|['\"]?\\bstyle['\"]?\\s*:\\s*['\"`]", FLAGS);
    private static final Pattern MARKUP_SINK = Pattern.compile(
            "\\b(innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment|document\\.write(ln)?|srcdoc)\\b|\\beval\\s*\\(|new\\s+Function\\s*\\(");
    private static final Pattern SANITIZED_CALL = Pattern.compile("sanitizedHtml\\(((?:[^()]|\\([^()]*\\))*)\\)");
    private static final Pattern THE_ONE_SINK = Pattern.compile(
            "export function sanitizedHtml\\(tag, className, html\\) \\{[^}]*?node\\.innerHTML = [^;]*html[^;]*;");
    private static final Pattern JAVASCRIPT_URL = Pattern.compile("javascript\\s*:", Pattern.CASE_INSENSITIVE);

    private PageRules() {
    }

    /**
     * Scripts only as external ES modules of the site, never with code between the tags; a JSON-LD
     * data block (never run, and made script-safe by the gateway) is the one inline content allowed.
     */
    static List<String> inlineScripts(String html) {
        List<String> found = new ArrayList<>();
        Matcher script = SCRIPT.matcher(html);
        int closed = 0;
        while (script.find()) {
            closed++;
            if (DATA_BLOCK.matcher(script.group(1)).matches()) {
                continue;
            }
            if (!script.group(2).isBlank()) {
                found.add("inline script: " + abbreviate(script.group(0)));
            }
            if (!LOCAL_SOURCE.matcher(script.group(1)).find() || !MODULE_SOURCE.matcher(script.group(1)).find()) {
                found.add("script that is not a module of the site: " + abbreviate(script.group(0)));
            }
        }
        if (SCRIPT_OPEN.matcher(html).results().count() != closed) {
            found.add("script tag without a matching close tag");
        }
        return found;
    }

    static List<String> eventHandlerAttributes(String html) {
        return all(HANDLER_ATTRIBUTE, html, "event handler attribute: ");
    }

    static List<String> styleAttributes(String html) {
        return all(STYLE_ATTRIBUTE, html, "inline style: ");
    }

    /** Handlers and inline styles made from script: attributes, element properties, {@code el()} attributes. */
    static List<String> scriptedHandlersAndStyles(String js) {
        List<String> found = all(JS_HANDLER, js, "event handler set from script: ");
        found.addAll(all(JS_STYLE, js, "inline style set from script: "));
        return found;
    }

    /**
     * Markup goes in through {@code sanitizedHtml} alone, only with the API's sanitized
     * {@code bodyHtml} or {@code contentHtml}; {@code innerHTML} appears only inside it.
     */
    static List<String> markupSinks(String fileName, String js) {
        String rest = js;
        if (fileName.equals("dom.js")) {
            Matcher sink = THE_ONE_SINK.matcher(js);
            if (sink.find()) {
                rest = js.substring(0, sink.start()) + js.substring(sink.end());
            }
        }
        List<String> found = all(MARKUP_SINK, rest, "markup sink: ");
        Matcher call = SANITIZED_CALL.matcher(js);
        while (call.find()) {
            String arguments = call.group(1);
            if (arguments.equals("tag, className, html")) {
                continue;
            }
            if (!arguments.matches("(?s).*\\.(bodyHtml|contentHtml)\\s*")) {
                found.add("sanitizedHtml with something but bodyHtml/contentHtml: " + abbreviate(call.group(0)));
            }
        }
        return found;
    }

    static List<String> javascriptUrls(String text) {
        return all(JAVASCRIPT_URL, text, "javascript: URL: ");
    }

    private static List<String> all(Pattern pattern, String text, String label) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            int end = Math.min(text.length(), matcher.end() + 40);
            found.add(label + abbreviate(text.substring(matcher.start(), end)));
        }
        return found;
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 100 ? flat.substring(0, 100) + "…" : flat;
    }
}
