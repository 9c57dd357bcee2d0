package org.newsroom.comments;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.support.testing.CapturedLogs;
import org.newsroom.support.testing.Http;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.comments.CommentCalls.form;

/** A reader's email, address and user agent reach moderators only: never a public answer, never a log line. */
@MicronautTest(transactional = false)
class PrivacyTest {

    private static final String EMAIL = "Private.Person@Secret-Mail.example";
    private static final String IP = "198.51.100.77";
    private static final String USER_AGENT = "PrivacyProbe/9.9";

    @Inject
    CommentCalls calls;

    Http http;
    String article;
    CapturedLogs logged;
    int requests;

    @BeforeEach
    void listen() {
        http = calls.http;
        article = new ObjectId().toHexString();
        logged = CapturedLogs.start();
    }

    @AfterEach
    void stopListening() {
        logged.close();
    }

    /** Every call goes through here so that the test knows how many access log lines to wait for. */
    private Http.Reply send(MutableHttpRequest<?> request) {
        requests++;
        return http.send(request);
    }

    private Http.Reply postAsTheReader(Map<String, Object> form) {
        return send(HttpRequest.POST("/articles/" + article + "/comments?slug=private", form)
                .header("X-Client-IP", IP).header("X-Client-User-Agent", USER_AGENT));
    }

    @Test
    void emailAddressAndUserAgentReachNoPublicAnswerAndNoLogLine() throws InterruptedException {
        Http.Reply posted = postAsTheReader(form(EMAIL, "A private person speaks", null));
        String id = calls.id(posted);
        send(HttpRequest.PATCH("/moderation/comments/" + id, Map.of("status", "approved")).bearerAuth(calls.moderator));
        List<String> publicAnswers = List.of(
                posted.body(),
                send(HttpRequest.GET("/articles/" + article + "/comments")).body(),
                send(HttpRequest.GET("/comments/" + id)).body(),
                send(HttpRequest.GET("/counts?articleIds=" + article)).body(),
                postAsTheReader(form(EMAIL, "A private person speaks", null)).body(),
                postAsTheReader(form(EMAIL, "Too soon", null)).body(),
                postAsTheReader(form(EMAIL + "{", "Invalid", null)).body());

        for (String answer : publicAnswers) {
            assertThat(answer.toLowerCase()).doesNotContain(EMAIL.toLowerCase()).doesNotContain(IP).doesNotContain(USER_AGENT);
        }
        assertThat(publicAnswers.get(1)).contains("A private person speaks");
        assertThat(send(HttpRequest.GET("/moderation/comments?status=approved&article=private").bearerAuth(calls.moderator)).body())
                .contains(EMAIL).contains(IP).contains(USER_AGENT);
        List<String> lines = logged.linesAfterAccessLogOf(requests);
        assertThat(lines).isNotEmpty();
        for (String line : lines) {
            assertThat(line.toLowerCase()).doesNotContain(EMAIL.toLowerCase()).doesNotContain(IP).doesNotContain(USER_AGENT);
        }
    }
}
