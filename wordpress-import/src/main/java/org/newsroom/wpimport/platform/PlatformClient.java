package org.newsroom.wpimport.platform;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Writes through the gateway's import API, signed in as {@code admin}. It knows nothing of XML.
 * Every call is idempotent, so a failed one is simply tried again (a few times, backing off); a
 * 401 (token expired during a long import) signs in again.
 */
public final class PlatformClient {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final int ATTEMPTS = 5;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String gateway;
    private final String password;
    private final HttpClient http;
    private String token;

    private PlatformClient(String gateway, String password) {
        this.gateway = gateway.replaceAll("/+$", "");
        this.password = password;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** Signs in at once, so that a wrong address or password stops the import before it starts. */
    public static PlatformClient signIn(String gatewayUrl, String adminPassword) throws PlatformUnavailable {
        PlatformClient client = new PlatformClient(gatewayUrl, adminPassword);
        client.signIn();
        return client;
    }

    public ArticleImported importArticle(ArticleImport article) throws PlatformUnavailable {
        Reply reply = send("/api/import/articles", article);
        if (reply.status() < 300) {
            return read(reply, ArticleImported.class);
        }
        String outcome = reply.status() == 409 ? ArticleImported.CONFLICT : ArticleImported.REJECTED;
        return new ArticleImported(outcome, null, article.slug(), reply.reason(), List.of());
    }

    public List<CommentImported> importComments(CommentBatch batch) throws PlatformUnavailable {
        Reply reply = send("/api/import/comments", batch);
        if (reply.status() < 300) {
            return read(reply, CommentsImported.class).comments();
        }
        return batch.comments().stream()
                .map(comment -> new CommentImported(comment.source(), "rejected", comment.status(), reply.reason())).toList();
    }

    private record CommentsImported(List<CommentImported> comments) {
    }

    private record Reply(int status, String body) {

        String reason() {
            try {
                JsonNode problem = JSON.readTree(body);
                String detail = problem.path("detail").asText(problem.path("message").asText(""));
                StringBuilder reason = new StringBuilder(status + " " + detail);
                problem.path("errors").forEach(error -> reason.append("; ").append(error.path("field").asText())
                        .append(' ').append(error.path("message").asText()));
                return reason.toString().strip();
            } catch (IOException notJson) {
                return String.valueOf(status);
            }
        }
    }

    private void signIn() throws PlatformUnavailable {
        Reply reply = exchange("/api/login", Map.of("username", "admin", "password", password), null);
        if (reply.status() == 401) {
            throw new PlatformUnavailable("the gateway at " + gateway + " refused admin's password "
                    + "(set ADMIN_PASSWORD, or DATA_DIR to the platform's data folder)");
        }
        if (reply.status() != 200) {
            throw new PlatformUnavailable("signing in at " + gateway + " failed: " + (reply.status() == 0 ? reply.body() : reply.reason()));
        }
        token = read(reply, JsonNode.class).path("access_token").asText();
    }

    private Reply send(String path, Object body) throws PlatformUnavailable {
        boolean signedInAgain = false;
        for (int attempt = 1; ; attempt++) {
            Reply reply = exchange(path, body, token);
            if (reply.status() == 401 && !signedInAgain) {
                signIn();
                signedInAgain = true;
                attempt--;
            } else if (reply.status() != 0 && reply.status() != 429 && reply.status() < 500) {
                return reply;
            } else if (attempt >= ATTEMPTS) {
                throw new PlatformUnavailable("PUT " + path + " kept failing (" + (reply.status() == 0 ? reply.body()
                        : reply.reason()) + "); the import can be run again to go on where it stopped");
            } else {
                pause(Duration.ofMillis(500L << attempt));
            }
        }
    }

    /** One HTTP call; an unreachable gateway is status 0 with the reason as its body. */
    private Reply exchange(String path, Object body, String bearer) throws PlatformUnavailable {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path)).timeout(TIMEOUT)
                .header("Content-Type", "application/json").header("Accept", "application/json");
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            String json = JSON.writeValueAsString(body);
            String method = path.equals("/api/login") ? "POST" : "PUT";
            HttpResponse<String> response = http.send(request.method(method, HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Reply(0, "the gateway at " + gateway + " is unreachable: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformUnavailable("interrupted");
        }
    }

    private static <T> T read(Reply reply, Class<T> type) throws PlatformUnavailable {
        try {
            return JSON.readValue(reply.body(), type);
        } catch (IOException e) {
            throw new PlatformUnavailable("the gateway answered something that is not the import API's JSON: " + e.getMessage());
        }
    }

    private static void pause(Duration duration) throws PlatformUnavailable {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformUnavailable("interrupted");
        }
    }
}
