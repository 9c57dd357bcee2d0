package org.newsroom.acceptance;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two gateways on the same services: a change written through one shows within a second through
 * the other, whose cache the write did not clear.
 */
class FreshnessAcrossGatewaysTest {

    private static final long FRESHNESS_MS = 1000;

    private static Stack stack;
    private static Api writer;
    private static Api otherGateway;

    @BeforeAll
    static void startTwoGateways() {
        stack = Stack.start(Map.of());
        ServiceProcess second = stack.addGateway();
        Api first = stack.api().from(Fixtures.clientIp());
        writer = first.as(first.login("admin", Stack.ADMIN_PASSWORD));
        otherGateway = new Api(second.url()).from(Fixtures.clientIp());
    }

    @AfterAll
    static void stopStack() {
        stack.close();
    }

    @Test
    void aCommentPostedThroughOneGatewayShowsThroughTheOtherWithinASecond() {
        String slug = Fixtures.publishedArticle(writer, "open");
        assertThat(otherGateway.get("/api/articles/" + slug).json().path("comments").path("total").asInt()).isZero();
        assertThat(otherGateway.get("/api/articles").status()).isEqualTo(200);

        Api.Reply posted = writer.post("/api/articles/" + slug + "/comments", Fixtures.comment("desk@example.org", "Seen everywhere"));
        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
        ServiceProcess.sleep(FRESHNESS_MS); // the promise itself: any cached view is at most this old

        Api.Reply view = otherGateway.get("/api/articles/" + slug);
        assertThat(view.json().path("comments").path("total").asInt()).as(view.toString()).isEqualTo(1);
        assertThat(view.body()).contains("Seen everywhere");
    }

    @Test
    void anEditThroughOneGatewayShowsThroughTheOtherWithinASecond() {
        String slug = Fixtures.publishedArticle(writer, "open");
        assertThat(otherGateway.get("/api/articles/" + slug).json().path("article").path("title").asText()).doesNotContain("Edited");

        Api.Reply current = writer.get("/api/articles/" + slug);
        Map<String, Object> edit = Map.of("title", "Edited " + slug, "body", "New body", "status", "published",
                "version", current.json().path("article").path("version").asLong());
        Api.Reply edited = writer.put("/api/articles/" + slug, edit);
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        ServiceProcess.sleep(FRESHNESS_MS);

        assertThat(otherGateway.get("/api/articles/" + slug).json().path("article").path("title").asText()).isEqualTo("Edited " + slug);
    }
}
