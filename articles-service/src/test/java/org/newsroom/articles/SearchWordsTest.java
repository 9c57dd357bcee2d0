package org.newsroom.articles;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.newsroom.support.testing.Http;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.articles.EditorDesk.unique;

/** {@code q} finds the words a reader sees (title, excerpt, the text of the shown body), never markup or removed content. */
@MicronautTest(transactional = false)
class SearchWordsTest {

    @Inject
    EditorDesk desk;

    private static String word() {
        return "okapi" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[^a-z]", "x");
    }

    private List<String> slugs(String query) {
        Http.Reply reply = desk.get("/articles?size=100&" + query);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return EditorDesk.items(desk.tree(reply.body()).get("items")).stream().map(item -> item.get("slug").getStringValue()).toList();
    }

    @Test
    void markupAndWhatTheSanitizerRemovedFindNothing() {
        String word = word();
        String slug = desk.published(unique("Markup"), "Seen " + word + ".\n\n<script>var secret = 1;</script>\n\n"
                + "<div class=\"boxed\" style=\"color: red\">Inside the box</div>\n\n[the link text](https://hidden.example/target)\n\n"
                + "<!-- wp:paragraph -->\n\n<span onclick=\"steal()\">kept</span>", List.of()).get("slug").getStringValue();

        for (String seen : List.of("", " inside box", " link text", " kept", " seen")) {
            assertThat(slugs("q=" + word + seen.replace(' ', '+'))).as("q=%s%s", word, seen).containsExactly(slug);
        }
        for (String hidden : List.of("secret", "var", "div", "class", "boxed", "style", "color", "href", "hidden", "example", "target",
                "https", "wp:paragraph", "wp", "paragraph", "span", "onclick", "steal", "script")) {
            assertThat(slugs("q=" + word + "+" + hidden)).as("q=%s %s", word, hidden).isEmpty();
        }
    }

    @Test
    void anImportedBodyIsFoundByItsTextNotItsBlockMarksOrScripts() {
        String word = word();
        String slug = "imported-" + word;
        Http.Reply imported = desk.send(io.micronaut.http.HttpRequest.PUT("/import/articles", Map.of(
                "source", "https://blog.example.org/?p=" + word, "slug", slug, "title", "Imported " + word,
                "body", "<!-- wp:paragraph --><p>Plain words</p><!-- /wp:paragraph --><script>secret()</script>"
                        + "<img src=\"https://cdn.example/photo.jpg\" alt=\"alt text\">",
                "status", "published", "commentStatus", "open")));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);

        assertThat(slugs("q=" + word + "+plain+words")).containsExactly(slug);
        for (String hidden : List.of("wp:paragraph", "secret", "cdn", "photo", "img", "src")) {
            assertThat(slugs("q=" + word + "+" + hidden)).as("q=%s %s", word, hidden).isEmpty();
        }
    }

    @Test
    void aQueryWithoutAnyWordFindsNothingWhileABlankOneIsNoFilter() {
        String published = desk.published(unique("Listed"), "Words.", List.of()).get("slug").getStringValue();
        desk.draft(unique("Drafted"));

        for (String noWord : List.of("%3F", "(", "*", "%2A%20%3F", "%E2%80%94", "-")) {
            JsonNode page = desk.tree(desk.get("/articles?q=" + noWord).body());
            assertThat(desk.get("/articles?q=" + noWord).status()).isEqualTo(200);
            assertThat(page.get("items").size()).as("q=%s", noWord).isZero();
            assertThat(page.get("total").getLongValue()).isZero();
            assertThat(desk.tree(desk.get("/articles?status=draft&q=" + noWord).body()).get("total").getLongValue()).isZero();
        }
        for (String blank : List.of("", "%20%20")) {
            assertThat(slugs("q=" + blank)).as("q=%s", blank).contains(published);
            assertThat(desk.tree(desk.get("/articles?status=draft&q=" + blank).body()).get("total").getLongValue()).isPositive();
        }
    }
}
