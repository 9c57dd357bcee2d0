package org.newsroom.articles;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsroom.support.testing.LocalService;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service as a real process with its embedded, persistent store under DATA_DIR: a clean
 * restart and a kill -9 right after the 201 both keep the acknowledged article.
 */
class PersistenceTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path dataDir;

    private final List<Process> started = new ArrayList<>();
    private int port;
    private int starts;

    @AfterEach
    void stopEverything() throws InterruptedException {
        for (Process process : started) {
            process.destroyForcibly();
            process.waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void acknowledgedArticlesSurviveACleanRestartAndAKillMinus9() throws Exception {
        port = LocalService.freePort();
        String token = Tokens.editor();

        Process first = start();
        assertThat(post(token, "Survives a restart")).isEqualTo(201);
        stop(first);

        Process second = start();
        assertThat(get("/articles/survives-a-restart")).isEqualTo(200);
        assertThat(post(token, "Survives kill minus nine")).isEqualTo(201);
        second.destroyForcibly().waitFor(20, TimeUnit.SECONDS);

        start();
        assertThat(get("/articles/survives-a-restart")).isEqualTo(200);
        assertThat(get("/articles/survives-kill-minus-nine")).isEqualTo(200);

        String log = Files.readString(dataDir.resolve("service-1.log"));
        assertThat(log).contains("No MONGODB_URI set: embedded MongoDB").contains(dataDir.resolve("articles").toString());
        assertThat(Files.exists(dataDir.resolve("articles").resolve("mongo.mv"))).isTrue();
    }

    @Test
    void logsAreOneJsonObjectPerLineWithTheRequestIdAndNeverTheToken() throws Exception {
        port = LocalService.freePort();
        String token = Tokens.editor();
        Process service = start();

        HttpRequest traced = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/articles/deletions"))
                .header("Authorization", "Bearer " + token).header("X-Request-Id", "trace-me-42").build();
        assertThat(HTTP.send(traced, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
        assertThat(post(token, "Logged")).isEqualTo(201);
        stop(service);

        List<String> lines = Files.readAllLines(dataDir.resolve("service-1.log")).stream().filter(line -> !line.isBlank()).toList();
        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("trace-me-42").contains("/articles/deletions"));
        String log = String.join("\n", lines);
        assertThat(log).doesNotContain(token).doesNotContain(token.substring(token.lastIndexOf('.') + 1))
                .doesNotContain("Bearer").doesNotContainIgnoringCase("authorization:");
    }

    private Process start() throws IOException, InterruptedException {
        starts++;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-Dlogback.configurationFile=logback.xml",
                "-cp", System.getProperty("java.class.path"), Application.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("service-" + starts + ".log").toFile());
        builder.environment().put("DATA_DIR", dataDir.toString());
        builder.environment().put("ARTICLES_PORT", String.valueOf(port));
        builder.environment().put("JWT_SECRET", Tokens.SECRET);
        builder.environment().remove("MONGODB_URI");
        builder.environment().remove("ARTICLES_SEED_DEMO");
        builder.environment().remove("MICRONAUT_ENVIRONMENTS");
        Process process = builder.start();
        started.add(process);
        LocalService.awaitReady(process, port);
        return process;
    }

    /** SIGTERM, as an operator stops the service; forced only if it does not stop in time. */
    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("the service did not stop on SIGTERM");
        }
    }

    private int post(String token, String title) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/articles"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"" + title + "\",\"body\":\"kept\",\"status\":\"published\"}"))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private int get(String path) throws IOException, InterruptedException {
        return LocalService.get(port, path);
    }
}
