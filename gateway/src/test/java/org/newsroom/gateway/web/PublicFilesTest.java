package org.newsroom.gateway.web;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every file under public/ and every page template checked for what the Content-Security-Policy and
 * the text-only rule forbid.
 */
class PublicFilesTest {

    private static final Path PUBLIC = Path.of("src", "main", "resources", "public");
    private static final Path TEMPLATES = Path.of("src", "main", "jte");
    private static final Map<String, String> FILES = new LinkedHashMap<>();
    private static final Map<String, String> TEMPLATE_FILES = new LinkedHashMap<>();
    private static final Pattern RAW_OUTPUT = Pattern.compile("\\$unsafe\\{([^}]*)}");

    @BeforeAll
    static void read() throws IOException {
        readAll(PUBLIC, FILES);
        readAll(TEMPLATES, TEMPLATE_FILES);
    }

    private static void readAll(Path root, Map<String, String> into) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                into.put(root.relativize(path).toString().replace('\\', '/'), Files.readString(path, StandardCharsets.UTF_8));
            }
        }
    }

    /** The page templates (and any static page): everything that becomes HTML. */
    private static Map<String, String> markup() {
        Map<String, String> pages = endingWith(".html");
        pages.putAll(TEMPLATE_FILES);
        return pages;
    }

    private static Map<String, String> endingWith(String suffix) {
        Map<String, String> selected = new LinkedHashMap<>();
        FILES.forEach((name, text) -> {
            if (name.endsWith(suffix)) {
                selected.put(name, text);
            }
        });
        return selected;
    }

    @Test
    void aLongWordWrapsInTitlesNamesExcerptsAndTagsNotOnlyInTheText() {
        Matcher rule = Pattern.compile("([^{}]*)\\{\\s*overflow-wrap:\\s*anywhere;\\s*}").matcher(FILES.get("css/site.css"));
        List<String> selectors = new ArrayList<>();
        while (rule.find()) {
            for (String selector : rule.group(1).replaceAll("/\\*.*?\\*/", "").split(",")) {
                selectors.add(selector.strip());
            }
        }

        assertThat(selectors).contains(".prose", ".comment-content", "h1", ".article-item h2", ".byline", ".comment-meta",
                ".article-item .excerpt", ".tags a");
    }

    @Test
    void thePagesTheirTemplatesAndScriptsAreThere() {
        assertThat(FILES).containsKeys("js/article.js", "js/moderation.js", "js/dom.js", "css/site.css").doesNotContainKey("README.md");
        assertThat(FILES).containsKeys("js/editor.js", "js/editor-form.js", "js/editor-session.js", "js/editor-copies.js", "css/editor.css");
        assertThat(TEMPLATE_FILES).containsKeys("layout.jte", "article.jte", "front.jte", "message.jte", "partials/head.jte",
                "partials/comment.jte", "partials/commentActions.jte", "partials/replyForm.jte", "partials/pager.jte", "ownComment.jte",
                "console/layout.jte", "console/signIn.jte", "console/moderation.jte", "console/editor.jte");
        assertThat(endingWith(".html")).as("every page is a template").isEmpty();
    }

    @Test
    void templatesWriteUnescapedOnlySanitizedHtmlAndScriptSafeJsonLd() {
        TEMPLATE_FILES.forEach((name, template) -> RAW_OUTPUT.matcher(template).results().forEach(raw -> assertThat(raw.group(1))
                .as(name).isIn("page.bodyHtml()", "comment.contentHtml()", "head.jsonLd()")));
    }

    @Test
    void scriptsWriteTimesInUtcAsTheServerDoesAndGiveInsertedTextItsOwnDirection() {
        String dom = FILES.get("js/dom.js");

        assertThat(dom).contains("getUTCHours()", "getUTCDate()", "} UTC`").doesNotContain("toLocaleString");
        assertThat(dom).contains("node.dir = 'auto'");
    }

    @Test
    void noPageHasAnInlineScript() {
        markup().forEach((name, html) -> assertThat(PageRules.inlineScripts(html)).as(name).isEmpty());
    }

    @Test
    void noPageHasAnEventHandlerAttribute() {
        markup().forEach((name, html) -> assertThat(PageRules.eventHandlerAttributes(html)).as(name).isEmpty());
    }

    @Test
    void noPageHasAnInlineStyle() {
        markup().forEach((name, html) -> assertThat(PageRules.styleAttributes(html)).as(name).isEmpty());
    }

    @Test
    void scriptsSetNoHandlerAttributesAndNoInlineStyles() {
        endingWith(".js").forEach((name, js) -> assertThat(PageRules.scriptedHandlersAndStyles(js)).as(name).isEmpty());
    }

    @Test
    void onlyTheSanitizedBodyHtmlAndContentHtmlAreInsertedAsMarkup() {
        endingWith(".js").forEach((name, js) -> assertThat(PageRules.markupSinks(Path.of(name).getFileName().toString(), js))
                .as(name).isEmpty());
        long sanitizedInsertions = endingWith(".js").values().stream()
                .mapToLong(js -> Pattern.compile("sanitizedHtml\\([^)]*\\.(bodyHtml|contentHtml)\\)").matcher(js).results().count()).sum();
        assertThat(sanitizedInsertions).as("a posted comment and the moderation queue show contentHtml").isGreaterThanOrEqualTo(2);
    }

    @Test
    void noFileUsesAJavascriptUrl() {
        markup().forEach((name, text) -> assertThat(PageRules.javascriptUrls(text)).as(name).isEmpty());
        FILES.forEach((name, text) -> assertThat(PageRules.javascriptUrls(text)).as(name).isEmpty());
    }

    @Test
    void everyPageIsEnglishResponsiveAndHasAMainLandmark() {
        Map<String, String> documents = new LinkedHashMap<>();
        documents.put("console/layout.jte", TEMPLATE_FILES.get("console/layout.jte"));
        documents.put("layout.jte + partials/head.jte", TEMPLATE_FILES.get("layout.jte").replace("@template.partials.head(head = head)",
                TEMPLATE_FILES.get("partials/head.jte")));
        documents.forEach((name, html) -> assertThat(html.substring(html.indexOf("<!doctype"))).as(name)
                .startsWith("<!doctype html>")
                .contains("<html lang=\"en\">")
                .contains("<meta charset=\"utf-8\">")
                .contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .contains("<main id=\"main\""));
        for (String page : List.of("console/layout.jte", "article.jte", "front.jte", "message.jte", "ownComment.jte")) {
            assertThat(TEMPLATE_FILES.get(page)).as(page).contains("<h1");
        }
    }

    @Test
    void everyFieldHasALabel() {
        Pattern field = Pattern.compile("<(input|textarea|select)\\b[^>]*\\bid=\"([^\"]+)\"[^>]*>");
        markup().forEach((name, html) -> {
            Matcher matcher = field.matcher(html);
            while (matcher.find()) {
                if (!matcher.group(0).contains("type=\"hidden\"")) {
                    assertThat(html).as(name + " label for #" + matcher.group(2)).contains("<label for=\"" + matcher.group(2) + "\"");
                }
            }
        });
    }

    @Test
    void everyLinkedFileAndImportedModuleExists() {
        List<String> missing = new ArrayList<>();
        Pattern staticReference = Pattern.compile("(?:href|src)=\"/static/([^\"]+)\"");
        Pattern moduleImport = Pattern.compile("from '\\./([^']+)'");
        Map<String, String> all = new LinkedHashMap<>(FILES);
        all.putAll(TEMPLATE_FILES);
        all.forEach((name, text) -> {
            Matcher reference = staticReference.matcher(text);
            while (reference.find()) {
                if (!FILES.containsKey(reference.group(1))) {
                    missing.add(name + " → /static/" + reference.group(1));
                }
            }
            Matcher imported = moduleImport.matcher(text);
            while (imported.find()) {
                String target = Path.of(name).resolveSibling(imported.group(1)).toString().replace('\\', '/');
                if (!FILES.containsKey(target)) {
                    missing.add(name + " → " + target);
                }
            }
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void rulesCatchWhatTheyForbid() {
        assertThat(PageRules.inlineScripts("<script>alert(1)</script>")).hasSize(2);
        assertThat(PageRules.inlineScripts("<script src=\"https://cdn.example/x.js\"></script>")).hasSize(1);
        assertThat(PageRules.inlineScripts("<script type=\"module\" src=\"/static/js/article.js\"></script>")).isEmpty();
        assertThat(PageRules.inlineScripts("<script type=\"application/ld+json\">{}</script>")).isEmpty();
        assertThat(PageRules.inlineScripts("<script type=\"application/ld+json\" src=\"/x.js\"></script>")).hasSize(1);
        assertThat(PageRules.eventHandlerAttributes("<button type=\"button\"\n onclick=\"go()\">Go</button>")).hasSize(1);
        assertThat(PageRules.eventHandlerAttributes("<img src=x ONERROR=alert(1)>")).hasSize(1);
        assertThat(PageRules.eventHandlerAttributes("<p>Click on = here</p>")).isEmpty();
        assertThat(PageRules.styleAttributes("<div class=\"a\" style=\"color:red\">")).hasSize(1);
        assertThat(PageRules.styleAttributes("<style>p{}</style>")).hasSize(1);
        assertThat(PageRules.scriptedHandlersAndStyles("node.setAttribute('onclick', code);")).hasSize(1);
        assertThat(PageRules.scriptedHandlersAndStyles("node.onclick = () => go();")).hasSize(1);
        assertThat(PageRules.scriptedHandlersAndStyles("el('p', { style: 'color:red' }, text)")).hasSize(1);
        assertThat(PageRules.markupSinks("article.js", "list.innerHTML = comment.authorName;")).hasSize(1);
        assertThat(PageRules.markupSinks("article.js", "node.insertAdjacentHTML('beforeend', text);")).hasSize(1);
        assertThat(PageRules.markupSinks("article.js", "sanitizedHtml('div', 'x', comment.authorName)")).hasSize(1);
        assertThat(PageRules.markupSinks("article.js", "sanitizedHtml('div', 'x', comment.contentHtml)")).isEmpty();
        assertThat(PageRules.markupSinks("dom.js", "export function sanitizedHtml(tag, className, html) {\n  node.innerHTML = html;\n}\n"
                + "export function other(text) { node.innerHTML = text; }")).hasSize(1);
        assertThat(PageRules.javascriptUrls("<a href=\"JavaScript:alert(1)\">")).hasSize(1);
    }
}
