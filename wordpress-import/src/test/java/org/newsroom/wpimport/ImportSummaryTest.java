package org.newsroom.wpimport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./import} of WordPress's theme unit test export against a stand-in gateway that answers as the platform
 * does on a second run: the summary accounts for every comment of the file, whatever moderators did since.
 */
class ImportSummaryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The file's 33 comments: 23 approved and 1 held on posts, 2 pingbacks and 2 trackbacks, 5 on pages. */
    private static final long COMMENTS_IN_FILE = 33;

    private HttpServer gateway;
    private final List<JsonNode> articlesSent = new CopyOnWriteArrayList<>();
    private final Map<String, String> firstApproved = new ConcurrentHashMap<>();
    /** What the platform says of a comment sent (and whether it is the file's first approved one): its outcome and its status there. */
    private BiFunction<JsonNode, Boolean, String[]> platform;

    @BeforeEach
    void startGateway() throws IOException {
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/api/login", exchange -> answer(exchange, JSON.createObjectNode().put("access_token", "token")));
        gateway.createContext("/api/import/articles", exchange -> {
            JsonNode article = JSON.readTree(exchange.getRequestBody());
            articlesSent.add(article);
            answer(exchange, JSON.createObjectNode().put("outcome", "unchanged").put("id", Integer.toHexString(article.path("source").asText().hashCode()))
                    .put("slug", article.path("slug").asText()));
        });
        gateway.createContext("/api/import/comments", exchange -> {
            JsonNode batch = JSON.readTree(exchange.getRequestBody());
            ArrayNode results = JSON.createArrayNode();
            for (JsonNode comment : batch.path("comments")) {
                boolean first = "approved".equals(comment.path("status").asText())
                        && firstApproved.putIfAbsent("first", comment.path("source").asText()) == null;
                String[] said = platform.apply(comment, first);
                ObjectNode result = results.addObject().put("source", comment.path("source").asText()).put("outcome", said[0]);
                result.put("status", said[1]);
            }
            answer(exchange, JSON.createObjectNode().set("comments", results));
        });
        gateway.start();
    }

    @AfterEach
    void stopGateway() {
        gateway.stop(0);
    }

    private static void answer(HttpExchange exchange, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private String runImport() throws URISyntaxException {
        Path file = Path.of(ImportSummaryTest.class.getResource("/wxr/theme-unit-test.xml").toURI());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ImportCommand.run(new String[]{file.toString()}, Map.of("GATEWAY_URL", "http://127.0.0.1:" + gateway.getAddress().getPort(),
                "ADMIN_PASSWORD", "secret"), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aHeldCommentAModeratorApprovedSinceIsCountedAsKeptSoAndEveryCommentIsAccountedFor() throws Exception {
        platform = (comment, first) -> new String[]{"unchanged", "pending".equals(comment.path("status").asText()) ? "approved"
                : comment.path("status").asText()};

        String summary = runImport();

        assertThat(summary).contains("Comments approved: 0 created, 23 unchanged\n",
                "Comments pending: 0 created, 0 unchanged, 1 kept as moderated (now 1 approved)\n",
                "Skipped comment of an item that is not a post: 5\n", "Skipped pingback: 2\n", "Skipped trackback: 2\n",
                "Comments in the file: " + COMMENTS_IN_FILE + ", each counted above\n");
    }

    @Test
    void aCommentDeletedHereSinceIsCountedAsSuch() throws Exception {
        platform = (comment, first) -> first ? new String[]{"deleted", comment.path("status").asText()}
                : new String[]{"unchanged", comment.path("status").asText()};

        String summary = runImport();

        assertThat(summary).contains("Comments approved: 0 created, 22 unchanged, 1 deleted here since (not brought back)\n",
                "Comments pending: 0 created, 1 unchanged\n", "Comments in the file: " + COMMENTS_IN_FILE + ", each counted above\n");
    }

    @Test
    void theArticleTakesTheTextOfATitleWithMarkup() throws Exception {
        platform = (comment, first) -> new String[]{"created", comment.path("status").asText()};

        runImport();

        assertThat(articlesSent).filteredOn(article -> article.path("slug").asText().equals("markup-title-with-markup")).singleElement()
                .satisfies(article -> assertThat(article.path("title").asText()).isEqualTo("Markup: Title With Markup"));
    }
}
