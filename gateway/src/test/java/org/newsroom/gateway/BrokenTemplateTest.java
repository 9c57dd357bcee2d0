package org.newsroom.gateway;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.gateway.ArticlePageTest.html;
import static org.newsroom.gateway.FakeBackends.SLUG;

/** A template that fails in the engine: a 500 page at once, never a hung request or a half-written page. */
class BrokenTemplateTest extends FakeBackendsTest {

    @BeforeAll
    static void start() {
        Map<String, Object> settings = new HashMap<>(FakeBackends.NO_CIRCUIT);
        settings.putAll(ArticlePageTest.GENEROUS_BUDGETS);
        settings.put("test.broken-templates", "true");
        backends = new FakeBackends(settings);
    }

    @Test
    void aBrokenArticleTemplateGivesA500Page() {
        backends.commentsAnswer(okJson(FakeBackends.commentPage("Hello")));

        FakeBackends.Reply reply = backends.get("/articles/" + SLUG);

        assertThat(reply.status()).isEqualTo(500);
        assertThat(html(reply).selectFirst("h1").text()).isEqualTo("Something went wrong");
        assertThat(reply.header("ETag")).isNull();
    }

    @Test
    void aBrokenFrontTemplateGivesA500Page() {
        backends.articles.stubFor(get(urlEqualTo("/articles?page=1&size=20"))
                .willReturn(okJson("{\"items\":[],\"page\":1,\"size\":20,\"total\":0,\"totalPages\":0}")));
        backends.comments.stubFor(get(urlPathEqualTo("/counts")).willReturn(okJson("{\"counts\":{}}")));

        FakeBackends.Reply reply = backends.get("/");

        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.body()).contains("Something went wrong").doesNotContain("Exception");
    }
}
