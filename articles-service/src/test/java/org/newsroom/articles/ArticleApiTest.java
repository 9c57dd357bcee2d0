package org.newsroom.articles;

import org.newsroom.support.testing.Http;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.articles.EditorDesk.unique;

/** Creating, reading, listing and searching articles over HTTP. */
@MicronautTest(transactional = false)
class ArticleApiTest {

    private static final String ISO_INSTANT = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,3})?Z";

    @Inject
    EditorDesk desk;

    Http http;

    @BeforeEach
    void setUp() {
        http = desk.http;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void createdArticleIsADraftWithASlugFromTheTitleAndRenderedBody() {
        String suffix = suffix();
        Http.Reply created = desk.create(Map.of("title", "  Élan & Café " + suffix + "  ", "body", "## Heading\n\nSome **bold** text."));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/articles/elan-cafe-" + suffix);
        JsonNode article = desk.tree(created.body());
        assertThat(article.get("id").getStringValue()).matches("[0-9a-f]{24}");
        assertThat(article.get("slug").getStringValue()).isEqualTo("elan-cafe-" + suffix);
        assertThat(article.get("title").getStringValue()).isEqualTo("Élan & Café " + suffix);
        assertThat(article.get("body").getStringValue()).isEqualTo("## Heading\n\nSome **bold** text.");
        assertThat(article.get("bodyHtml").getStringValue()).contains("<h2>Heading</h2>").contains("<strong>bold</strong>");
        assertThat(article.get("status").getStringValue()).isEqualTo("draft");
        assertThat(article.get("commentStatus").getStringValue()).isEqualTo("open");
        assertThat(article.get("author").getStringValue()).isEqualTo("tester");
        assertThat(article.get("excerpt").getStringValue()).isEqualTo("Heading Some bold text.");
        assertThat(article.get("tags").isArray()).isTrue();
        assertThat(article.get("publishedAt").isNull()).isTrue();
        assertThat(article.get("createdAt").getStringValue()).matches(ISO_INSTANT);
        assertThat(article.get("updatedAt").getStringValue()).isEqualTo(article.get("createdAt").getStringValue());
        assertThat(article.get("version").getNumberValue().longValue()).isZero();
        assertThat(article.get("searchTokens")).isNull();
    }

    @Test
    void givenFieldsAreKeptAndPublishingSetsPublishedAt() {
        String slug = "given-" + suffix();
        JsonNode article = desk.tree(desk.create(Map.of("title", "Given", "body", "Text", "slug", slug, "excerpt", " Short. ",
                "author", "Dana", "tags", List.of("Politics", "politics", " World "), "status", "published",
                "commentStatus", "closed")).body());

        assertThat(article.get("slug").getStringValue()).isEqualTo(slug);
        assertThat(article.get("excerpt").getStringValue()).isEqualTo("Short.");
        assertThat(article.get("author").getStringValue()).isEqualTo("Dana");
        assertThat(article.get("tags").values()).as("as written, one per spelling regardless of case")
                .extracting(JsonNode::getStringValue).containsExactly("Politics", "World");
        for (String tag : List.of("politics", "POLITICS", "Politics", " world ")) {
            assertThat(http.get("/articles?size=100&tag=" + tag.replace(" ", "%20")).body()).as(tag).contains(slug);
        }
        assertThat(article.get("commentStatus").getStringValue()).isEqualTo("closed");
        assertThat(article.get("publishedAt").getStringValue()).matches(ISO_INSTANT);
    }

    @Test
    void publishedArticleIsReadableByAnyoneBySlugAndById() {
        JsonNode article = desk.published(unique("Public"), "text", List.of());
        String slug = article.get("slug").getStringValue();

        Http.Reply bySlug = http.get("/articles/" + slug);
        Http.Reply byId = http.get("/articles/by-id/" + article.get("id").getStringValue());

        assertThat(bySlug.status()).isEqualTo(200);
        assertThat(desk.tree(bySlug.body()).get("bodyHtml").getStringValue()).isEqualTo("<p>text</p>\n");
        assertThat(desk.tree(bySlug.body()).get("searchTokens")).isNull();
        assertThat(byId.status()).isEqualTo(200);
        assertThat(desk.tree(byId.body()).get("slug").getStringValue()).isEqualTo(slug);
    }

    @Test
    void commentStatusIsTheCheapViewOfAPublishedArticle() {
        JsonNode article = desk.published(unique("Open"), "text", List.of());
        String slug = article.get("slug").getStringValue();

        JsonNode status = desk.tree(http.get("/articles/" + slug + "/comment-status").body());

        assertThat(status.get("id").getStringValue()).isEqualTo(article.get("id").getStringValue());
        assertThat(status.get("slug").getStringValue()).isEqualTo(slug);
        assertThat(status.get("status").getStringValue()).isEqualTo("published");
        assertThat(status.get("commentStatus").getStringValue()).isEqualTo("open");
        assertThat(status.get("body")).isNull();
        assertThat(http.get("/articles/no-such-article/comment-status").status()).isEqualTo(404);
    }

    @Test
    void sameTitleTwiceOrATakenSlugIsAConflict() {
        String title = unique("Same");
        assertThat(desk.create(Map.of("title", title, "body", "a")).status()).isEqualTo(201);

        Http.Reply again = desk.create(Map.of("title", title, "body", "b"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");
        assertThat(desk.create(Map.of("title", unique("Other"), "body", "c", "slug", Slugs.fromTitle(title))).status()).isEqualTo(409);
    }

    @Test
    void concurrentCreatesOfOneSlugStoreExactlyOneArticle() {
        String title = unique("Race");
        List<Integer> statuses = StartTogether.run(8, i -> desk.create(Map.of("title", title, "body", "x")).status());

        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
    }

    @Test
    void longTitlesMakeSlugsOfAtMost120Characters() {
        String slug = desk.draft(UUID.randomUUID() + " " + "word ".repeat(50)).get("slug").getStringValue();

        assertThat(slug.length()).isLessThanOrEqualTo(120);
        assertThat(slug).matches(Slugs.PATTERN);
    }

    @Test
    void listIsNewestFirstAndPagedWithAnEmptyPagePastTheEnd() {
        String tag = "paging-" + suffix();
        List<String> slugs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            slugs.add(desk.published(unique("Paged " + i), "x", List.of(tag)).get("slug").getStringValue());
        }

        JsonNode first = desk.tree(http.get("/articles?tag=" + tag + "&size=2").body());
        JsonNode second = desk.tree(http.get("/articles?tag=" + tag + "&size=2&page=2").body());
        Http.Reply past = http.get("/articles?tag=" + tag + "&size=2&page=3");

        assertThat(first.get("page").getNumberValue().intValue()).isEqualTo(1);
        assertThat(first.get("size").getNumberValue().intValue()).isEqualTo(2);
        assertThat(first.get("total").getNumberValue().intValue()).isEqualTo(3);
        assertThat(first.get("totalPages").getNumberValue().intValue()).isEqualTo(2);
        assertThat(first.get("items").values()).extracting(item -> item.get("slug").getStringValue())
                .containsExactly(slugs.get(2), slugs.get(1));
        assertThat(second.get("items").values()).extracting(item -> item.get("slug").getStringValue())
                .containsExactly(slugs.get(0));
        assertThat(past.status()).isEqualTo(200);
        assertThat(desk.tree(past.body()).get("items").size()).isZero();
        assertThat(desk.tree(past.body()).get("total").getNumberValue().intValue()).isEqualTo(3);
    }

    @Test
    void listItemsAreSummariesWithoutTheBody() {
        String tag = "summary-" + suffix();
        desk.published(unique("Summary"), "The body.", List.of(tag));

        JsonNode item = desk.tree(http.get("/articles?tag=" + tag).body()).get("items").get(0);

        assertThat(item.get("body")).isNull();
        assertThat(item.get("bodyHtml")).isNull();
        assertThat(item.get("searchTokens")).isNull();
        assertThat(item.get("excerpt").getStringValue()).isEqualTo("The body.");
        assertThat(item.get("publishedAt").getStringValue()).matches(ISO_INSTANT);
        assertThat(item.get("updatedAt").getStringValue()).matches(ISO_INSTANT);
        assertThat(item.get("status").getStringValue()).isEqualTo("published");
    }

    @Test
    void pageFarPastTheEndIsEmptyNotAnError() {
        Http.Reply reply = http.get("/articles?page=2000000000&size=100");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(desk.tree(reply.body()).get("items").size()).isZero();
    }

    @ParameterizedTest
    @CsvSource({"page=0,page", "page=-3,page", "page=abc,page", "page=99999999999,page", "size=0,size", "size=101,size",
            "size=abc,size", "size=2.5,size", "status=archived,status"})
    void badListParametersAreABadRequestNamingTheParameter(String query, String field) {
        Http.Reply reply = http.get("/articles?" + query);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(desk.tree(reply.body()).get("errors").get(0).get("field").getStringValue()).isEqualTo(field);
    }

    @Test
    void wordsFilterMatchesTitleExcerptAndBodyIgnoringCaseAndAccents() {
        String word = "zebra" + suffix();
        String inBody = desk.published(unique("Plain"), "A story about a " + word + " crossing the Café.", List.of())
                .get("slug").getStringValue();
        String inTitle = desk.published("The " + word.toUpperCase() + " " + suffix(), "x", List.of()).get("slug").getStringValue();
        String inExcerpt = desk.created(Map.of("title", unique("Excerpt"), "body", "x", "excerpt", "About " + word,
                "status", "published")).get("slug").getStringValue();
        String unrelated = desk.published(unique("Unrelated"), "crossing", List.of()).get("slug").getStringValue();

        assertThat(slugsOf("/articles?size=100&q=" + word.toUpperCase())).containsExactlyInAnyOrder(inBody, inTitle, inExcerpt);
        assertThat(slugsOf("/articles?size=100&q=" + word + "%20Crossing%20CAF%C3%89")).containsExactly(inBody);
        assertThat(slugsOf("/articles?size=100&q=" + word + "%20cafe")).containsExactly(inBody);
        assertThat(slugsOf("/articles?size=100&q=crossing")).contains(inBody, unrelated);
    }

    @Test
    void tagFilterReturnsOnlyTaggedArticlesIgnoringCase() {
        String tag = "tag-" + suffix();
        String tagged = desk.published(unique("Tagged"), "x", List.of(tag.toUpperCase(), "other")).get("slug").getStringValue();
        String untagged = desk.published(unique("Untagged"), "x", List.of("other")).get("slug").getStringValue();

        assertThat(slugsOf("/articles?tag=" + tag)).containsExactly(tagged).doesNotContain(untagged);
        assertThat(slugsOf("/articles?tag=" + tag.toUpperCase())).containsExactly(tagged);
    }

    @Test
    void sampleArticleIsNotSeededByDefault() {
        assertThat(http.get(DemoContentTest.SAMPLE).status()).isEqualTo(404);
    }

    @Test
    void malformedIdsAndOddSlugsAreNotFound() {
        assertThat(http.get("/articles/by-id/not-an-id").status()).isEqualTo(404);
        assertThat(http.get("/articles/by-id/0123456789abcdef01234567").status()).isEqualTo(404);
        assertThat(http.get("/articles/by-id/%7B%22%24ne%22%3A1%7D").status()).isEqualTo(404);
        assertThat(http.get("/articles/" + "a".repeat(400)).status()).isEqualTo(404);
        assertThat(http.get("/articles/%24ne").status()).isEqualTo(404);
        assertThat(http.get("/articles/Upper-Case").status()).isEqualTo(404);
        assertThat(http.get("/articles/a/b/c").status()).isEqualTo(404);
        assertThat(desk.put("%24ne", Map.of("title", "t", "body", "b", "version", 0)).status()).isEqualTo(404);
        assertThat(desk.delete("/articles/%24ne").status()).isEqualTo(404);
    }

    private List<String> slugsOf(String path) {
        Http.Reply reply = http.get(path);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return EditorDesk.items(desk.tree(reply.body()).get("items")).stream().map(item -> item.get("slug").getStringValue()).toList();
    }
}
