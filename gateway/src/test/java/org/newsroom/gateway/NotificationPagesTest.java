package org.newsroom.gateway;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The links in reply mail: a GET shows a button that posts, a POST acts at once (RFC 8058 one-click
 * for unsubscribing, urlencoded body, no sign-in), and a link that opens nothing gets a polite 404 page.
 */
class NotificationPagesTest extends FakeBackendsTest {

    /** A well-formed mail link token (43 URL-safe base64 characters). */
    static final String TOKEN = "Tok3n_-".repeat(6) + "x";

    @BeforeAll
    static void start() {
        backends = new FakeBackends(FakeBackends.NO_CIRCUIT);
    }

    @Test
    void theUnsubscribeLinkShowsAPageWhoseButtonPostsAndChangesNothingByItself() {
        backends.comments.stubFor(get(urlEqualTo("/notifications/unsubscribe/" + TOKEN)).willReturn(aResponse().withStatus(204)));

        FakeBackends.Reply page = backends.get("/notifications/unsubscribe/" + TOKEN);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'");
        Document html = Jsoup.parse(page.body());
        assertThat(html.select("form#notification-form").attr("method")).isEqualTo("post");
        assertThat(html.select("form#notification-form").attr("action")).isEqualTo("/notifications/unsubscribe/" + TOKEN);
        assertThat(html.select("#notification-button").text()).isEqualTo("Stop all emails");
        backends.comments.verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    void oneClickUnsubscribeWithTheUrlencodedBodyUnsubscribesAtOnce() throws Exception {
        backends.comments.stubFor(post(urlEqualTo("/notifications/unsubscribe/" + TOKEN)).willReturn(aResponse().withStatus(204)));

        HttpResponse<String> reply = oneClick("/notifications/unsubscribe/" + TOKEN);

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(reply.body()).select("h1").text()).isEqualTo("You are unsubscribed");
        backends.comments.verify(postRequestedFor(urlEqualTo("/notifications/unsubscribe/" + TOKEN)));
    }

    @Test
    void theConfirmationButtonConfirms() {
        backends.comments.stubFor(get(urlEqualTo("/notifications/confirm/" + TOKEN)).willReturn(aResponse().withStatus(204)));
        backends.comments.stubFor(post(urlEqualTo("/notifications/confirm/" + TOKEN)).willReturn(aResponse().withStatus(204)));

        FakeBackends.Reply page = backends.get("/notifications/confirm/" + TOKEN);
        FakeBackends.Reply done = backends.send("POST", "/notifications/confirm/" + TOKEN, null, Map.of());

        assertThat(Jsoup.parse(page.body()).select("#notification-button").text()).isEqualTo("Yes, email me replies");
        assertThat(done.status()).isEqualTo(200);
        assertThat(Jsoup.parse(done.body()).select("h1").text()).isEqualTo("Reply notifications confirmed");
    }

    @Test
    void aLinkThatOpensNothingGetsAPolite404PageThatSaysNothingAboutAnyAddress() throws Exception {
        backends.comments.stubFor(post(urlEqualTo("/notifications/confirm/" + TOKEN)).willReturn(aResponse().withStatus(404)));
        backends.comments.stubFor(get(urlEqualTo("/notifications/unsubscribe/" + TOKEN)).willReturn(aResponse().withStatus(404)));

        FakeBackends.Reply unknown = backends.send("POST", "/notifications/confirm/" + TOKEN, null, Map.of());
        FakeBackends.Reply unknownPage = backends.get("/notifications/unsubscribe/" + TOKEN);
        FakeBackends.Reply garbage = backends.get("/notifications/unsubscribe/%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        HttpResponse<String> garbagePost = oneClick("/notifications/unsubscribe/short");

        assertThat(unknownPage.status()).as("the GET page of a well-formed token that opens nothing").isEqualTo(404);
        for (String body : new String[] {unknown.body(), unknownPage.body(), garbage.body(), garbagePost.body()}) {
            Document html = Jsoup.parse(body);
            assertThat(html.select("h1").text()).isEqualTo("This link is not valid");
            assertThat(body).doesNotContain("<script>alert").doesNotContain("@").doesNotContain("Exception");
        }
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(garbage.status()).isEqualTo(404);
        assertThat(garbagePost.statusCode()).isEqualTo(404);
    }

    @Test
    void whenCommentsServiceIsDownThePageSaysSoWithA503() {
        backends.comments.stubFor(post(urlEqualTo("/notifications/unsubscribe/" + TOKEN)).willReturn(aResponse().withStatus(500)));
        backends.comments.stubFor(get(urlEqualTo("/notifications/unsubscribe/" + TOKEN)).willReturn(aResponse().withStatus(500)));

        FakeBackends.Reply reply = backends.send("POST", "/notifications/unsubscribe/" + TOKEN, null, Map.of());
        FakeBackends.Reply page = backends.get("/notifications/unsubscribe/" + TOKEN);

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.header("Content-Type")).startsWith("text/html");
        assertThat(page.status()).isEqualTo(503);
    }

    private static HttpResponse<String> oneClick(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(backends.gateway.getURL() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
