package org.newsroom.comments;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsroom.support.testing.LocalService;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * comments-service as a real process with its embedded, persistent store under DATA_DIR: a comment
 * acknowledged with a 201 is still there after a SIGKILL sent right after the answer.
 */
class ProcessDurabilityTest {

    private static final String SECRET = "comments-service-process-test-secret-0123456789";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f]{24})\"");

    @TempDir
    Path dataDir;

    private final List<Process> started = new ArrayList<>();
    private int port;

    @AfterEach
    void stopEverything() throws InterruptedException {
        for (Process process : started) {
            process.destroyForcibly();
            process.waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void anAcknowledgedCommentSurvivesAKillMinus9RightAfterThe201() throws Exception {
        port = LocalService.freePort();
        Process first = start(1);
        HttpResponse<String> posted = post(new ObjectId().toHexString());
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        first.destroyForcibly().waitFor(20, TimeUnit.SECONDS);

        start(2);
        Matcher id = ID.matcher(posted.body());
        assertThat(id.find()).as(posted.body()).isTrue();
        assertThat(LocalService.get(port, "/comments/" + id.group(1))).isEqualTo(200);
    }

    private Process start(int run) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-Dlogback.configurationFile=logback.xml",
                "-cp", System.getProperty("java.class.path"), Application.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("service-" + run + ".log").toFile());
        builder.environment().put("DATA_DIR", dataDir.toString());
        builder.environment().put("COMMENTS_PORT", String.valueOf(port));
        builder.environment().put("JWT_SECRET", SECRET);
        builder.environment().remove("MONGODB_URI");
        builder.environment().remove("MICRONAUT_ENVIRONMENTS");
        Process process = builder.start();
        started.add(process);
        LocalService.awaitReady(process, port);
        return process;
    }

    /** A moderator's comment: approved at once, so that a reader's GET shows it. */
    private HttpResponse<String> post(String articleId) throws Exception {
        String body = "{\"authorName\":\"Dana\",\"authorEmail\":\"desk@example.org\",\"content\":\"Kept through a kill\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/articles/" + articleId + "/comments?slug=kept"))
                .header("Authorization", "Bearer " + moderatorToken()).header("Content-Type", "application/json")
                .header("X-Client-IP", "192.0.2.10").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String moderatorToken() throws Exception {
        SignedJWT token = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder().subject("tester")
                .claim("roles", List.of("MODERATOR")).issueTime(Date.from(Instant.now().minusSeconds(60)))
                .expirationTime(Date.from(Instant.now().plusSeconds(3600))).build());
        token.sign(new MACSigner(SECRET));
        return token.serialize();
    }
}
