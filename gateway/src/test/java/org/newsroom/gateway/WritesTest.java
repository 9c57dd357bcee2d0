package org.newsroom.gateway;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.gateway.FakeBackends.ID;
import static org.newsroom.gateway.FakeBackends.SLUG;

/** Editors', commenters' and moderators' writes: checked here, forwarded as they came, answered as the services answer. */
class WritesTest extends FakeBackendsTest {

    private static final String COMMENT_ID = "dddddddddddddddddddddddd";
    private static final String PROBLEM = "application/problem+json";
    @BeforeAll
    static void start() {
        backends = new FakeBackends(FakeBackends.NO_CIRCUIT);
    }

    @Test
    void editorAndModeratorEndpointsCheckTheRoleBeforeCallingAnyService() {
        Map<String, String> none = Map.of();
        Map<String, String> forged = Map.of("Authorization", "Bearer " + backends.token("EDITOR", "MODERATOR") + "x");
        Map<String, String> editor = backends.bearer("EDITOR");
        Map<String, String> moderator = backends.bearer("MODERATOR");
        String[][] editorCalls = {{"POST", "/api/articles"}, {"PUT", "/api/articles/" + SLUG}, {"DELETE", "/api/articles/" + SLUG}};
        String[][] moderatorCalls = {{"GET", "/api/moderation/comments"}, {"GET", "/api/moderation/counts"},
            {"PATCH", "/api/moderation/comments/" + COMMENT_ID}, {"DELETE", "/api/moderation/comments/" + COMMENT_ID}};

        for (String[] call : editorCalls) {
            String body = call[0].equals("DELETE") ? null : "{}";
            assertThat(backends.send(call[0], call[1], body, none).status()).as(call[0] + call[1]).isEqualTo(401);
            assertThat(backends.send(call[0], call[1], body, forged).status()).as(call[0] + call[1]).isEqualTo(401);
            assertThat(backends.send(call[0], call[1], body, moderator).status()).as(call[0] + call[1]).isEqualTo(403);
        }
        for (String[] call : moderatorCalls) {
            String body = call[0].equals("PATCH") ? "{}" : null;
            assertThat(backends.send(call[0], call[1], body, none).status()).as(call[0] + call[1]).isEqualTo(401);
            FakeBackends.Reply refused = backends.send(call[0], call[1], body, editor);
            assertThat(refused.status()).as(call[0] + call[1]).isEqualTo(403);
            assertThat(refused.header("Content-Type")).startsWith(PROBLEM);
        }
        backends.articles.verify(exactly(0), anyRequestedFor(anyUrl()));
        backends.comments.verify(exactly(0), anyRequestedFor(anyUrl()));
    }

    @Test
    void anArticleIsCreatedFromTheBytesAsSentWithTheEditorsToken() {
        String token = backends.token("EDITOR");
        String body = "{ \"title\" : \"Élan & Café\",\n \"body\":\"## Hi\", \"unknown\": [1] }";
        backends.articles.stubFor(post(urlEqualTo("/articles")).willReturn(aResponse().withStatus(201)
                .withHeader("Location", "/articles/elan-cafe").withHeader("Content-Type", "application/json")
                .withBody(FakeBackends.article(ID, "elan-cafe", "draft", "open"))));

        FakeBackends.Reply reply = backends.send("POST", "/api/articles", body, Map.of("Authorization", "Bearer " + token));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.header("Location")).isEqualTo("/api/articles/elan-cafe");
        assertThat(reply.body()).contains("\"slug\":\"elan-cafe\"");
        backends.articles.verify(postRequestedFor(urlEqualTo("/articles")).withRequestBody(equalTo(body))
                .withHeader("Authorization", equalTo("Bearer " + token)));
    }

    @Test
    void theServicesRefusalsArePassedOnAsTheyCame() {
        Map<String, String> editor = backends.bearer("EDITOR");
        backends.articles.stubFor(post(urlEqualTo("/articles")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", PROBLEM).withBody("{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409}")));
        backends.articles.stubFor(put(urlEqualTo("/articles/" + SLUG)).withHeader("If-Match", equalTo("\"3\""))
                .willReturn(aResponse().withStatus(412).withHeader("Content-Type", PROBLEM).withBody("{\"status\":412}")));
        backends.articles.stubFor(put(urlEqualTo("/articles/" + SLUG)).withHeader("If-Match", absent())
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", PROBLEM)
                        .withBody("{\"status\":400,\"errors\":[{\"field\":\"version\",\"message\":\"is required\"}]}")));

        FakeBackends.Reply conflict = backends.send("POST", "/api/articles", "{\"title\":\"t\",\"body\":\"b\"}", editor);
        FakeBackends.Reply stale = backends.send("PUT", "/api/articles/" + SLUG, "{\"title\":\"t\",\"body\":\"b\"}",
                Map.of("Authorization", editor.get("Authorization"), "If-Match", "\"3\""));
        FakeBackends.Reply versionless = backends.send("PUT", "/api/articles/" + SLUG, "{\"title\":\"t\",\"body\":\"b\"}", editor);

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.header("Content-Type")).startsWith(PROBLEM);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(versionless.status()).isEqualTo(400);
        assertThat(versionless.body()).contains("\"field\":\"version\"");
    }

    @Test
    void aServicesRefusalWithoutABodyIsAnsweredWithAProblemOfItsStatus() {
        String gone = "eeeeeeeeeeeeeeeeeeeeeeee";
        backends.comments.stubFor(delete(urlEqualTo("/moderation/comments/" + gone)).willReturn(aResponse().withStatus(404)));
        backends.articles.stubFor(put(urlEqualTo("/articles/empty-refusal")).willReturn(aResponse().withStatus(409)));

        FakeBackends.Reply missing = backends.send("DELETE", "/api/moderation/comments/" + gone, null, backends.bearer("MODERATOR"));
        FakeBackends.Reply taken = backends.send("PUT", "/api/articles/empty-refusal", "{\"title\":\"t\",\"body\":\"b\",\"version\":1}",
                backends.bearer("EDITOR"));

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith(PROBLEM);
        assertThat(missing.body()).contains("\"status\":404").contains("\"title\":\"Not Found\"");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.body()).contains("\"status\":409").contains("\"title\":\"Conflict\"");
    }

    @Test
    void aCommentOnAnUnknownDraftOrClosedArticleIsRefusedBeforeItsBodyIsLookedAt() {
        backends.articles.stubFor(get(urlEqualTo("/articles/gone/comment-status")).willReturn(aResponse().withStatus(404)));
        backends.articles.stubFor(get(urlEqualTo("/articles/closed/comment-status"))
                .willReturn(okJson(FakeBackends.commentStatus(ID, "closed", "closed"))));

        FakeBackends.Reply unknown = backends.send("POST", "/api/articles/gone/comments", "{not json", Map.of());
        FakeBackends.Reply closed = backends.send("POST", "/api/articles/closed/comments", "{\"authorName\":{\"$ne\":\"\"}}", Map.of());

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith(PROBLEM);
        assertThat(closed.status()).isEqualTo(403);
        assertThat(closed.header("Content-Type")).startsWith(PROBLEM);
        assertThat(backends.send("POST", "/api/articles/Bad_Slug/comments", "{}", Map.of()).status()).isEqualTo(404);
        backends.comments.verify(exactly(0), anyRequestedFor(anyUrl()));
    }

    @Test
    void aCommentIsPassedOnAsSentWithTheClientsAddressAndAgent() {
        String body = "{\"authorName\":\"Dana\", \"authorEmail\":\"dana@example.org\",\"content\":\"Hi <b>there</b>\",\"parentId\":null}";
        backends.comments.stubFor(post(urlPathEqualTo("/articles/" + ID + "/comments")).willReturn(aResponse().withStatus(201)
                .withHeader("Location", "/comments/" + COMMENT_ID).withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"" + COMMENT_ID + "\",\"status\":\"pending\"}")));

        FakeBackends.Reply reply = backends.send("POST", "/api/articles/" + SLUG + "/comments", body,
                Map.of("User-Agent", "Tester/1.0", "X-Forwarded-For", "203.0.113.9"));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.header("Location")).isEqualTo("/api/comments/" + COMMENT_ID);
        assertThat(reply.body()).contains("\"status\":\"pending\"");
        backends.comments.verify(postRequestedFor(urlPathEqualTo("/articles/" + ID + "/comments"))
                .withQueryParam("slug", equalTo(SLUG))
                .withRequestBody(equalTo(body))
                .withHeader("X-Client-IP", equalTo("127.0.0.1"))
                .withHeader("X-Client-User-Agent", equalTo("Tester/1.0"))
                .withHeader("Authorization", absent()));
    }

    @Test
    void aModeratorsCommentCarriesTheirTokenButAnInvalidTokenIsNotPassedOn() {
        String token = backends.token("MODERATOR");
        backends.comments.stubFor(post(urlPathEqualTo("/articles/" + ID + "/comments")).willReturn(aResponse().withStatus(201)));

        backends.send("POST", "/api/articles/" + SLUG + "/comments", "{}", Map.of("Authorization", "Bearer " + token));
        backends.send("POST", "/api/articles/" + SLUG + "/comments", "{}", Map.of("Authorization", "Bearer " + token + "forged"));

        backends.comments.verify(exactly(1), postRequestedFor(urlPathEqualTo("/articles/" + ID + "/comments"))
                .withHeader("Authorization", equalTo("Bearer " + token)));
        backends.comments.verify(exactly(1), postRequestedFor(urlPathEqualTo("/articles/" + ID + "/comments"))
                .withHeader("Authorization", absent()));
    }

    @Test
    void invalidDuplicateAndFloodingCommentsAreAnsweredAsCommentsServiceDecided() {
        String path = "/articles/" + ID + "/comments";
        backends.comments.stubFor(post(urlPathEqualTo(path)).withRequestBody(equalTo("invalid")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", PROBLEM).withBody("{\"status\":400,\"errors\":[{\"field\":\"authorEmail\",\"message\":\"x\"}]}")));
        backends.comments.stubFor(post(urlPathEqualTo(path)).withRequestBody(equalTo("again"))
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", PROBLEM).withBody("{\"status\":409}")));
        backends.comments.stubFor(post(urlPathEqualTo(path)).withRequestBody(equalTo("soon")).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "7").withHeader("Content-Type", PROBLEM).withBody("{\"status\":429}")));
        String api = "/api/articles/" + SLUG + "/comments";

        FakeBackends.Reply invalid = backends.send("POST", api, "invalid", Map.of());
        FakeBackends.Reply again = backends.send("POST", api, "again", Map.of());
        FakeBackends.Reply soon = backends.send("POST", api, "soon", Map.of());

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body()).contains("\"field\":\"authorEmail\"");
        assertThat(again.status()).isEqualTo(409);
        assertThat(soon.status()).isEqualTo(429);
        assertThat(soon.header("Retry-After")).isEqualTo("7");
        assertThat(soon.header("Content-Type")).startsWith(PROBLEM);
    }

    @Test
    void moderationIsPassedOnWithTheModeratorsToken() {
        String token = backends.token("MODERATOR");
        Map<String, String> moderator = Map.of("Authorization", "Bearer " + token);
        backends.comments.stubFor(get(urlPathEqualTo("/moderation/comments")).willReturn(okJson("{\"items\":[],\"page\":2}")));
        backends.comments.stubFor(get(urlEqualTo("/moderation/counts")).willReturn(okJson("{\"pending\":1}")));
        backends.comments.stubFor(patch(urlEqualTo("/moderation/comments/" + COMMENT_ID)).willReturn(okJson("{\"status\":\"spam\"}")));
        backends.comments.stubFor(delete(urlEqualTo("/moderation/comments/" + COMMENT_ID)).willReturn(aResponse().withStatus(204)));
        backends.comments.stubFor(delete(urlEqualTo("/moderation/comments/eeeeeeeeeeeeeeeeeeeeeeee")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", PROBLEM).withBody("{\"status\":404}")));

        assertThat(backends.get("/api/moderation/comments?status=spam&article=the-slug&page=2&size=5", moderator).body())
                .contains("\"page\":2");
        assertThat(backends.get("/api/moderation/counts", moderator).body()).isEqualTo("{\"pending\":1}");
        assertThat(backends.send("PATCH", "/api/moderation/comments/" + COMMENT_ID, "{\"status\":\"spam\"}", moderator).status())
                .isEqualTo(200);
        assertThat(backends.send("DELETE", "/api/moderation/comments/" + COMMENT_ID, null, moderator).status()).isEqualTo(204);
        assertThat(backends.send("DELETE", "/api/moderation/comments/eeeeeeeeeeeeeeeeeeeeeeee", null, moderator).status()).isEqualTo(404);
        assertThat(backends.send("DELETE", "/api/moderation/comments/not-an-id", null, moderator).status()).isEqualTo(404);

        backends.comments.verify(getRequestedFor(urlPathEqualTo("/moderation/comments")).withQueryParam("status", equalTo("spam"))
                .withQueryParam("article", equalTo("the-slug")).withQueryParam("page", equalTo("2")).withQueryParam("size", equalTo("5"))
                .withHeader("Authorization", equalTo("Bearer " + token)));
        backends.comments.verify(getRequestedFor(urlPathEqualTo("/moderation/comments")).withQueryParam("status", equalTo("spam")));
        backends.comments.verify(patchRequestedFor(urlEqualTo("/moderation/comments/" + COMMENT_ID))
                .withRequestBody(equalTo("{\"status\":\"spam\"}")).withHeader("Authorization", equalTo("Bearer " + token)));
        backends.comments.verify(exactly(2), deleteRequestedFor(anyUrl()));
    }

    @Test
    void theModerationQueueDefaultsToPending() {
        backends.comments.stubFor(get(urlPathEqualTo("/moderation/comments")).willReturn(okJson("{\"items\":[]}")));

        backends.get("/api/moderation/comments", backends.bearer("MODERATOR"));

        backends.comments.verify(getRequestedFor(urlPathEqualTo("/moderation/comments")).withQueryParam("status", equalTo("pending")));
    }

    @Test
    void aCommentThatIsNotVisibleIsNotFound() {
        backends.comments.stubFor(get(urlEqualTo("/comments/" + COMMENT_ID)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", PROBLEM).withBody("{\"status\":404}")));

        assertThat(backends.get("/api/comments/" + COMMENT_ID).status()).isEqualTo(404);
        assertThat(backends.get("/api/comments/%24where").status()).isEqualTo(404);
        backends.comments.verify(exactly(1), anyRequestedFor(anyUrl()));
    }

    @Test
    void aCommentIsShownByItsIdOnlyWhileItsArticleIsPublished() {
        String published = "bbbbbbbbbbbbbbbbbbbbbbb1";
        String pulled = "bbbbbbbbbbbbbbbbbbbbbbb2";
        String unknownArticle = "bbbbbbbbbbbbbbbbbbbbbbb3";
        String[][] cases = {{"ccccccccccccccccccccccc1", published, "200"}, {"ccccccccccccccccccccccc2", pulled, "404"},
            {"ccccccccccccccccccccccc3", unknownArticle, "503"}};
        backends.articles.stubFor(get(urlEqualTo("/articles/by-id/" + published))
                .willReturn(okJson(FakeBackends.article(published, "on-the-site", "published", "open"))));
        backends.articles.stubFor(get(urlEqualTo("/articles/by-id/" + pulled)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", PROBLEM).withBody("{\"status\":404}")));
        backends.articles.stubFor(get(urlEqualTo("/articles/by-id/" + unknownArticle)).willReturn(aResponse().withStatus(500)));

        for (String[] c : cases) {
            String comment = FakeBackends.comment(c[0], "Said").replaceFirst("}$", ",\"articleId\":\"" + c[1] + "\"}");
            backends.comments.stubFor(get(urlEqualTo("/comments/" + c[0])).willReturn(okJson(comment)));
            FakeBackends.Reply reply = backends.get("/api/comments/" + c[0]);

            assertThat(reply.status()).as(c[1]).isEqualTo(Integer.parseInt(c[2]));
            assertThat(reply.body()).as("the article's id stays between the services").doesNotContain("articleId");
        }
        backends.articles.verify(getRequestedFor(urlEqualTo("/articles/by-id/" + pulled)).withHeader("Authorization", absent()));
    }

    @Test
    void aPutCarriesItsIfMatchAndItsBodyAndAnswersWithTheSavedArticleAndItsWriter() {
        String saved = FakeBackends.article(ID, SLUG, "published", "open").replace("\"version\":1", "\"version\":2,\"updatedBy\":\"tester\"");
        backends.articles.stubFor(put(urlEqualTo("/articles/" + SLUG)).willReturn(okJson(saved)));
        String body = "{\"title\":\"t\",\"body\":\"b\",\"version\":1}";

        FakeBackends.Reply reply = backends.send("PUT", "/api/articles/" + SLUG, body,
                Map.of("Authorization", backends.bearer("EDITOR").get("Authorization"), "If-Match", "\"1\""));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(backends.json(reply.body())).containsEntry("updatedBy", "tester").containsEntry("version", 2);
        backends.articles.verify(putRequestedFor(urlEqualTo("/articles/" + SLUG)).withHeader("If-Match", equalTo("\"1\""))
                .withRequestBody(equalTo(body)));
    }

    @Test
    void aServicesOwn503IsPassedOnWithItsRetryAfter() {
        Map<String, String> moderator = backends.bearer("MODERATOR");
        backends.comments.stubFor(any(urlPathEqualTo("/articles/" + ID + "/comments")).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "42")));
        backends.comments.stubFor(any(urlPathEqualTo("/moderation/comments/" + COMMENT_ID))
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "42")));
        backends.comments.stubFor(any(urlPathEqualTo("/moderation/comments")).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "42")));
        backends.comments.stubFor(any(urlPathMatching("/comments/" + COMMENT_ID + "(/editable)?"))
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "42")));

        List<FakeBackends.Reply> replies = List.of(
                backends.send("POST", "/api/articles/" + SLUG + "/comments", "{\"content\":\"x\"}", Map.of()),
                backends.send("PATCH", "/api/moderation/comments/" + COMMENT_ID, "{\"status\":\"approved\"}", moderator),
                backends.send("DELETE", "/api/moderation/comments/" + COMMENT_ID, null, moderator),
                backends.send("PUT", "/api/comments/" + COMMENT_ID, "{\"content\":\"y\"}", Map.of("X-Edit-Token", "token")),
                backends.send("GET", "/api/moderation/comments", null, moderator),
                backends.get("/api/comments/" + COMMENT_ID));

        for (FakeBackends.Reply reply : replies) {
            assertThat(reply.status()).as(reply.response().request().method() + " " + reply.response().uri()).isEqualTo(503);
            assertThat(reply.header("Retry-After")).as(reply.response().request().method() + " " + reply.response().uri()).isEqualTo("42");
        }
    }
}
