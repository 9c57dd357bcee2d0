package org.newsroom.articles;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsroom.support.testing.LocalService;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service as a real process with its embedded, persistent store under DATA_DIR: a clean
 * restart and a kill -9 right after the 201 both keep the acknowledged article.
 */
class PersistenceTest {

    @TempDir
    Path dataDir;

    private LocalService service;

    @BeforeEach
    void prepare() {
        service = new LocalService(Application.class, "ARTICLES_PORT", dataDir, Map.of("JWT_SECRET", Tokens.SECRET));
    }

    @AfterEach
    void stopEverything() throws InterruptedException {
        service.close();
    }

    @Test
    void acknowledgedArticlesSurviveACleanRestartAndAKillMinus9() throws Exception {
        String token = Tokens.editor();

        Process first = service.start();
        assertThat(post(token, "Survives a restart")).isEqualTo(201);
        LocalService.stop(first);

        Process second = service.start();
        assertThat(service.get("/articles/survives-a-restart")).isEqualTo(200);
        assertThat(post(token, "Survives kill minus nine")).isEqualTo(201);
        LocalService.kill(second);

        service.start();
        assertThat(service.get("/articles/survives-a-restart")).isEqualTo(200);
        assertThat(service.get("/articles/survives-kill-minus-nine")).isEqualTo(200);

        String log = Files.readString(service.log(1));
        assertThat(log).contains("No MONGODB_URI set: embedded MongoDB").contains(dataDir.resolve("articles").toString());
        assertThat(Files.exists(dataDir.resolve("articles").resolve("mongo.mv"))).isTrue();
    }

    @Test
    void logsAreOneJsonObjectPerLineWithTheRequestIdAndNeverTheToken() throws Exception {
        String token = Tokens.editor();
        Process running = service.start();

        HttpRequest.Builder traced = HttpRequest.newBuilder(service.uri("/articles/deletions"))
                .header("Authorization", "Bearer " + token).header("X-Request-Id", "trace-me-42");
        assertThat(service.send(traced).statusCode()).isEqualTo(200);
        assertThat(post(token, "Logged")).isEqualTo(201);
        LocalService.stop(running);

        List<String> lines = Files.readAllLines(service.log(1)).stream().filter(line -> !line.isBlank()).toList();
        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("trace-me-42").contains("/articles/deletions"));
        String log = String.join("\n", lines);
        assertThat(log).doesNotContain(token).doesNotContain(token.substring(token.lastIndexOf('.') + 1))
                .doesNotContain("Bearer").doesNotContainIgnoringCase("authorization:");
    }

    private int post(String token, String title) throws IOException, InterruptedException {
        return service.send(HttpRequest.newBuilder(service.uri("/articles"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"" + title + "\",\"body\":\"kept\",\"status\":\"published\"}")))
                .statusCode();
    }
}
