package org.newsroom.gateway;

import at.favre.lib.crypto.bcrypt.BCrypt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

/** Sign-in, the rate limit, trusted proxies and the admin password file. */
class EdgeTest {

    private static final String ID = "aaaaaaaaaaaaaaaaaaaaaaaa";
    private static FakeBackends backends;

    @BeforeAll
    static void start() {
        String accounts = "ed:" + BCrypt.with(BCrypt.Version.VERSION_2B).hashToString(4, "ed-pass".toCharArray()) + ":EDITOR,"
                + "mo:" + BCrypt.with(BCrypt.Version.VERSION_2Y).hashToString(4, "mo-pass".toCharArray()) + ":MODERATOR,"
                + "both:" + BCrypt.with(BCrypt.Version.VERSION_2A).hashToString(4, "both-pass".toCharArray()) + ":EDITOR+MODERATOR";
        backends = new FakeBackends(Map.of("gateway.accounts", accounts, "gateway.rate-limit-per-second", 3,
                "gateway.trusted-proxies", "10.0.0.0/8,127.0.0.1", "gateway.admin-password", ""));
        backends.articles.stubFor(get(urlEqualTo("/articles/deletions")).willReturn(okJson("[]")));
        backends.articles.stubFor(get(urlEqualTo("/articles/the-slug/comment-status"))
                .willReturn(okJson("{\"id\":\"" + ID + "\",\"slug\":\"the-slug\",\"status\":\"published\",\"commentStatus\":\"open\"}")));
        backends.comments.stubFor(post(urlPathEqualTo("/articles/" + ID + "/comments")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{}")));
    }

    @AfterAll
    static void stop() {
        backends.close();
    }

    private static FakeBackends.Reply login(String body, String ip) {
        return backends.send("POST", "/api/login", body, Map.of("X-Forwarded-For", ip));
    }

    @Test
    void accountsFromConfigurationSignInWithEveryBcryptVariant() {
        assertThat(login("{\"username\":\"ed\",\"password\":\"ed-pass\"}", "198.51.100.1").body()).contains("\"roles\":[\"EDITOR\"]");
        assertThat(login("{\"username\":\"mo\",\"password\":\"mo-pass\"}", "198.51.100.2").body()).contains("\"roles\":[\"MODERATOR\"]");
        FakeBackends.Reply both = login("{\"username\":\"both\",\"password\":\"both-pass\"}", "198.51.100.3");
        assertThat(both.status()).isEqualTo(200);
        assertThat(both.body()).contains("\"access_token\"").contains("\"token_type\":\"Bearer\"").contains("\"expires_in\":3600")
                .contains("\"username\":\"both\"").contains("EDITOR").contains("MODERATOR");
    }

    @Test
    void wrongOrMalformedCredentialsAreRefusedWithoutA500() {
        assertThat(login("{\"username\":\"ed\",\"password\":\"nope\"}", "198.51.100.4").status()).isEqualTo(401);
        assertThat(login("{\"username\":\"nobody\",\"password\":\"x\"}", "198.51.100.5").status()).isEqualTo(401);
        assertThat(login("{\"username\":{\"$ne\":\"\"},\"password\":\"x\"}", "198.51.100.6").status()).isIn(400, 401);
        assertThat(login("[1,2]", "198.51.100.7").status()).isIn(400, 401);
    }

    @Test
    void adminPasswordIsGeneratedOnceIntoTheDataDirectory() throws Exception {
        var file = java.nio.file.Path.of(backends.gateway.getApplicationContext().getProperty("data.dir", String.class).orElseThrow())
                .resolve("admin-password");
        String password = Files.readString(file).trim();

        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        assertThat(login("{\"username\":\"admin\",\"password\":\"" + password + "\"}", "198.51.100.8").status()).isEqualTo(200);
    }

    @Test
    void excessRequestsFromOneClientAreTooManyWithRetryAfter() {
        FakeBackends.Reply last = null;
        for (int i = 0; i < 20; i++) {
            last = backends.send("GET", "/api/comments/not-an-id", null, Map.of("X-Forwarded-For", "198.51.100.99"));
            if (last.status() == 429) {
                break;
            }
        }
        assertThat(last.status()).isEqualTo(429);
        assertThat(Integer.parseInt(last.header("Retry-After"))).isPositive();
        assertThat(last.header("Content-Type")).startsWith("application/problem+json");
        assertThat(backends.send("GET", "/api/comments/not-an-id", null, Map.of("X-Forwarded-For", "198.51.100.100")).status())
                .isEqualTo(404);
    }

    @Test
    void forwardedForIsTrustedOnlyThroughConfiguredProxies() {
        backends.send("POST", "/api/articles/the-slug/comments", "{}",
                Map.of("X-Forwarded-For", "203.0.113.50, 10.1.2.3"));

        backends.comments.verify(postRequestedFor(urlPathEqualTo("/articles/" + ID + "/comments"))
                .withHeader("X-Client-IP", equalTo("203.0.113.50")));
    }
}
