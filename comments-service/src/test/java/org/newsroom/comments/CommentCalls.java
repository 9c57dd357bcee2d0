package org.newsroom.comments;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import jakarta.inject.Singleton;
import org.newsroom.support.testing.Http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Test-side calls to comments-service as the gateway makes them: posts from readers or a moderator, moderation, pages. */
@Singleton
public class CommentCalls {

    static final String USER_AGENT = "TestBrowser/2.0";
    private static final AtomicInteger NEXT_IP = new AtomicInteger(1);

    public final Http http;
    public final String moderator;
    private final JsonMapper json;

    public CommentCalls(@Client("/") HttpClient client, JwtTokenGenerator tokens, JsonMapper json) {
        this.http = new Http(client, tokens);
        this.moderator = http.token("MODERATOR");
        this.json = json;
    }

    /** A client address no other post of the test run has used. */
    public static String ip() {
        int n = NEXT_IP.getAndIncrement();
        return "10.9." + (n / 250) + "." + (n % 250 + 1);
    }

    /** An email address no other post of the test run has used (mixed case, as readers type them). */
    public static String email() {
        return "r-" + UUID.randomUUID().toString().substring(0, 8) + "@Example.org";
    }

    public static Map<String, Object> form(String email, String content, String parentId) {
        Map<String, Object> form = new HashMap<>();
        form.put("authorName", "Dana");
        form.put("authorEmail", email);
        form.put("authorUrl", "https://dana.example");
        form.put("content", content);
        form.put("parentId", parentId);
        return form;
    }

    public static MutableHttpRequest<?> postRequest(String articleId, Object body, String clientIp) {
        return HttpRequest.POST("/articles/" + articleId + "/comments?slug=the-slug", body)
                .header("X-Client-IP", clientIp).header("X-Client-User-Agent", USER_AGENT);
    }

    /** A reader's post from a fresh client address. */
    public Http.Reply post(String articleId, Map<String, Object> form) {
        return post(articleId, form, ip());
    }

    public Http.Reply post(String articleId, Map<String, Object> form, String clientIp) {
        return http.send(postRequest(articleId, form, clientIp));
    }

    /** Posts as a moderator (approved at once, no flood window) and answers the new comment's id. */
    public String approved(String articleId, String content, String parentId) {
        Http.Reply reply = http.send(postRequest(articleId, form("desk@example.org", content, parentId), ip()).bearerAuth(moderator));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return id(reply);
    }

    public Http.Reply setStatus(String id, String status) {
        return http.send(HttpRequest.PATCH("/moderation/comments/" + id, Map.of("status", status)).bearerAuth(moderator));
    }

    public Http.Reply delete(String id) {
        return http.send(HttpRequest.DELETE("/moderation/comments/" + id).bearerAuth(moderator));
    }

    /** The first 100 threads of an article as readers get them. */
    public JsonNode page(String articleId) {
        return tree(pageBody(articleId));
    }

    public String pageBody(String articleId) {
        Http.Reply reply = http.get("/articles/" + articleId + "/comments?size=100");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.body();
    }

    public JsonNode moderated(String query) {
        Http.Reply reply = http.get("/moderation/comments?" + query, moderator);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return tree(reply.body());
    }

    public String id(Http.Reply reply) {
        return tree(reply.body()).get("id").getStringValue();
    }

    public String status(Http.Reply reply) {
        return tree(reply.body()).get("status").getStringValue();
    }

    public JsonNode tree(String body) {
        try {
            return json.readValue(body, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
