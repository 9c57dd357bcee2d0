package org.newsroom.comments;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsroom.support.testing.LocalService;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * comments-service as a real process with its embedded, persistent store under DATA_DIR: a comment
 * acknowledged with a 201 is still there after a SIGKILL sent right after the answer.
 */
class ProcessDurabilityTest {

    private static final String SECRET = "comments-service-process-test-secret-0123456789";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f]{24})\"");

    @TempDir
    Path dataDir;

    private LocalService service;

    @BeforeEach
    void prepare() {
        service = new LocalService(Application.class, "COMMENTS_PORT", dataDir, Map.of("JWT_SECRET", SECRET));
    }

    @AfterEach
    void stopEverything() throws InterruptedException {
        service.close();
    }

    @Test
    void anAcknowledgedCommentSurvivesAKillMinus9RightAfterThe201() throws Exception {
        Process first = service.start();
        HttpResponse<String> posted = post(new ObjectId().toHexString());
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        LocalService.kill(first);

        service.start();
        Matcher id = ID.matcher(posted.body());
        assertThat(id.find()).as(posted.body()).isTrue();
        assertThat(service.get("/comments/" + id.group(1))).isEqualTo(200);
    }

    /** A moderator's comment: approved at once, so that a reader's GET shows it. */
    private HttpResponse<String> post(String articleId) throws Exception {
        String body = "{\"authorName\":\"Dana\",\"authorEmail\":\"desk@example.org\",\"content\":\"Kept through a kill\"}";
        return service.send(HttpRequest.newBuilder(service.uri("/articles/" + articleId + "/comments?slug=kept"))
                .header("Authorization", "Bearer " + moderatorToken()).header("Content-Type", "application/json")
                .header("X-Client-IP", "192.0.2.10").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static String moderatorToken() throws Exception {
        SignedJWT token = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder().issuer("news-platform")
                .subject("tester").claim("roles", List.of("MODERATOR")).issueTime(Date.from(Instant.now().minusSeconds(60)))
                .expirationTime(Date.from(Instant.now().plusSeconds(3600))).build());
        token.sign(new MACSigner(SECRET));
        return token.serialize();
    }
}
