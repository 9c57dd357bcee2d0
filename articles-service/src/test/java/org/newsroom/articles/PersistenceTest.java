package org.newsroom.articles;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The service as a real process with its embedded, persistent store: restarts and kill -9 keep acknowledged writes. */
@MicronautTest(transactional = false)
class PersistenceTest {

    private static final String SECRET = "articles-service-test-secret-0123456789abcdef";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Inject
    JwtTokenGenerator tokens;

    @TempDir
    Path dataDir;

    @Test
    void acknowledgedArticlesSurviveARestartAndKillMinus9() throws Exception {
        int port = freePort();
        String token = tokens.generateToken(Authentication.build("tester", List.of("EDITOR")), 3600).orElseThrow();

        Process first = start(port);
        try {
            awaitReady(port, first);
            assertThat(post(port, token, "Survives a restart")).isEqualTo(201);
        } finally {
            stop(first, false);
        }

        Process second = start(port);
        try {
            awaitReady(port, second);
            assertThat(get(port, "/articles/survives-a-restart")).isEqualTo(200);
            assertThat(post(port, token, "Survives kill minus nine")).isEqualTo(201);
        } finally {
            stop(second, true);
        }

        Process third = start(port);
        try {
            awaitReady(port, third);
            assertThat(get(port, "/articles/survives-a-restart")).isEqualTo(200);
            assertThat(get(port, "/articles/survives-kill-minus-nine")).isEqualTo(200);
        } finally {
            stop(third, false);
        }
    }

    private Process start(int port) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                Application.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("service-" + port + ".log").toFile());
        builder.environment().put("DATA_DIR", dataDir.toString());
        builder.environment().put("ARTICLES_PORT", String.valueOf(port));
        builder.environment().put("JWT_SECRET", SECRET);
        builder.environment().remove("MONGODB_URI");
        return builder.start();
    }

    private static void stop(Process process, boolean kill) throws InterruptedException {
        if (kill) {
            process.destroyForcibly();
        } else {
            process.destroy();
        }
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void awaitReady(int port, Process process) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("the service process is running").isTrue();
            try {
                if (get(port, "/health/readiness") == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the service did not become ready");
    }

    private static int post(int port, String token, String title) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/articles"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"" + title + "\",\"body\":\"kept\",\"status\":\"published\"}"))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static int get(int port, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(5)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
