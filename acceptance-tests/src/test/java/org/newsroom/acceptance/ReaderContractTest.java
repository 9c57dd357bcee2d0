package org.newsroom.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.acceptance.Stack.SAMPLE_SLUG;

/** A reader's walk through the public API: the front page list and an article with its comments. */
class ReaderContractTest {

    private static Api reader;

    @BeforeAll
    static void startStack() {
        reader = Stack.shared().api();
    }

    @Test
    void frontPageListsTheSampleArticleWithItsCommentCount() {
        Api.Reply list = reader.get("/api/articles?tag=politics");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.header("Content-Type")).startsWith("application/json");
        JsonNode body = list.json();
        assertThat(body.path("complete").asBoolean()).isTrue();
        assertThat(body.path("page").asInt()).isEqualTo(1);
        assertThat(body.path("size").asInt()).isEqualTo(20);
        assertThat(reader.get("/api/articles").json().path("items").size()).isPositive();
        assertThat(body.has("total")).isTrue();
        assertThat(body.has("totalPages")).isTrue();
        JsonNode sample = null;
        for (JsonNode item : body.path("items")) {
            if (SAMPLE_SLUG.equals(item.path("slug").asText())) {
                sample = item;
            }
        }
        assertThat(sample).as("the seeded sample article").isNotNull();
        assertThat(sample.path("title").asText()).isEqualTo("Israeli Defense Minister Visits US Amid Tensions Over Gaza War");
        assertThat(sample.path("commentCount").isInt()).isTrue();
        assertThat(sample.path("commentStatus").asText()).isEqualTo("open");
        assertThat(sample.path("tags").toString()).contains("politics");
        for (String field : new String[] {"id", "excerpt", "author", "publishedAt", "updatedAt"}) {
            assertThat(sample.has(field)).as(field).isTrue();
        }
    }

    @Test
    void articleViewCarriesRenderedBodyAndApprovedComments() {
        Api.Reply view = reader.get("/api/articles/" + SAMPLE_SLUG);

        assertThat(view.status()).isEqualTo(200);
        JsonNode body = view.json();
        assertThat(body.path("complete").asBoolean()).isTrue();
        JsonNode article = body.path("article");
        assertThat(article.path("slug").asText()).isEqualTo(SAMPLE_SLUG);
        assertThat(article.path("status").asText()).isEqualTo("published");
        assertThat(article.path("bodyHtml").asText()).contains("<h2>").doesNotContain("<script");
        assertThat(article.path("body").asText()).contains("## ");
        assertThat(article.path("version").isNumber()).isTrue();
        JsonNode comments = body.path("comments");
        for (String field : new String[] {"items", "page", "size", "total", "totalPages", "count"}) {
            assertThat(comments.has(field)).as(field).isTrue();
        }
    }

    @Test
    void unknownSlugIsProblem404() {
        Api.Reply missing = reader.get("/api/articles/no-such-article-here");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
        assertThat(missing.json().path("status").asInt()).isEqualTo(404);
    }

    @ParameterizedTest
    @CsvSource({"page=0,page", "page=-1,page", "page=abc,page", "size=0,size", "size=101,size", "size=x,size"})
    void badPagingIs400NamingTheField(String query, String field) {
        Api.Reply bad = reader.get("/api/articles?" + query);

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
        assertThat(bad.body()).contains(field);
    }

    @Test
    void pagePastTheLastIsEmpty() {
        Api.Reply past = reader.get("/api/articles?page=999&size=100");

        assertThat(past.status()).isEqualTo(200);
        assertThat(past.json().path("items").size()).isZero();
    }

    @Test
    void theLargestPageNumberIsAPagePastTheLast() {
        String last = "page=" + Integer.MAX_VALUE + "&size=100";

        Api.Reply articles = reader.get("/api/articles?" + last);
        Api.Reply comments = reader.get("/api/articles/" + SAMPLE_SLUG + "/comments?" + last);
        Api.Reply view = reader.get("/api/articles/" + SAMPLE_SLUG + "?" + last);

        assertThat(articles.status()).isEqualTo(200);
        assertThat(articles.json().path("items").size()).isZero();
        assertThat(comments.status()).isEqualTo(200);
        assertThat(comments.json().path("items").size()).isZero();
        assertThat(comments.json().path("page").asInt()).isEqualTo(Integer.MAX_VALUE);
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.json().path("complete").asBoolean()).isTrue();
        assertThat(view.json().path("comments").path("items").size()).isZero();
    }

    @Test
    void etagOfTheArticleViewAnswers304() {
        Api.Reply first = reader.get("/api/articles/" + SAMPLE_SLUG);
        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();

        Api.Reply again = reader.with("If-None-Match", etag).get("/api/articles/" + SAMPLE_SLUG);

        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void etagOfTheListAnswers304() {
        String etag = reader.get("/api/articles").header("ETag");
        assertThat(etag).isNotBlank();

        assertThat(reader.with("If-None-Match", etag).get("/api/articles").status()).isEqualTo(304);
    }

    @Test
    void tagAndWordFiltersFindTheSampleArticle() {
        assertThat(reader.get("/api/articles?tag=politics").body()).contains(SAMPLE_SLUG);
        assertThat(reader.get("/api/articles?q=GANTZ").body()).contains(SAMPLE_SLUG);
        assertThat(reader.get("/api/articles?tag=no-such-tag").json().path("items").size()).isZero();
    }

    @Test
    void draftsAreNotListedForReaders() {
        Api.Reply drafts = reader.get("/api/articles?status=draft");

        assertThat(drafts.status()).isEqualTo(401);
    }
}
