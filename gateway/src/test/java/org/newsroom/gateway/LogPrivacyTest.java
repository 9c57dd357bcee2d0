package org.newsroom.gateway;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.support.testing.CapturedLogs;

import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.gateway.FakeBackends.ID;
import static org.newsroom.gateway.FakeBackends.SLUG;

/** The gateway's log lines, as production writes them, never carry a reader's IP, user agent, email or token. */
class LogPrivacyTest extends FakeBackendsTest {

    private static final String IP = "203.0.113.77";
    private static final String USER_AGENT = "PrivateBrowser/9.9 (reader-fingerprint)";
    private static final String EMAIL = "private.reader@example.org";

    private CapturedLogs logged;
    private int requests;

    @BeforeAll
    static void start() {
        backends = new FakeBackends(Map.of("gateway.trusted-proxies", "127.0.0.1", "gateway.circuit.minimum-calls", 10_000));
    }

    @BeforeEach
    void listen() {
        logged = CapturedLogs.start();
    }

    @AfterEach
    void stopListening() {
        logged.close();
    }

    private FakeBackends.Reply send(String method, String path, String body, Map<String, String> headers) {
        requests++;
        Map<String, String> all = new java.util.HashMap<>(headers);
        all.put("X-Forwarded-For", IP);
        all.put("User-Agent", USER_AGENT);
        return backends.send(method, path, body, all);
    }

    @Test
    void noLogLineNamesTheReadersIpUserAgentEmailOrToken() throws InterruptedException {
        backends.comments.stubFor(post(urlPathEqualTo("/articles/" + ID + "/comments")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"status\":\"pending\"}")));
        String comment = "{\"author\":\"Private Reader\",\"email\":\"" + EMAIL + "\",\"content\":\"Hello\"}";
        String token = backends.token("EDITOR");

        send("GET", "/api/articles/" + SLUG, null, Map.of());
        send("POST", "/api/articles/" + SLUG + "/comments", comment, Map.of());
        backends.commentsAnswer(aResponse().withStatus(500).withBody("failing with " + EMAIL));
        send("GET", "/api/articles/" + SLUG + "/comments", null, Map.of("Authorization", "Bearer " + token));
        send("POST", "/api/login", "{\"username\":\"" + EMAIL + "\",\"password\":\"wrong-password\"}", Map.of());
        FakeBackends.Reply login = send("POST", "/api/login",
                "{\"username\":\"admin\",\"password\":\"" + FakeBackends.ADMIN_PASSWORD + "\"}", Map.of());
        String issued = String.valueOf(backends.json(login.body()).get("access_token"));
        send("GET", "/api/articles?page=1", null, Map.of("Authorization", "Bearer " + issued));

        List<String> lines = logged.linesAfterAccessLogOf(requests);
        for (String line : lines) {
            assertThat(line).doesNotContain(IP).doesNotContain(USER_AGENT).doesNotContainIgnoringCase(EMAIL)
                    .doesNotContain(token).doesNotContain(issued).doesNotContain(FakeBackends.ADMIN_PASSWORD);
        }
    }
}
