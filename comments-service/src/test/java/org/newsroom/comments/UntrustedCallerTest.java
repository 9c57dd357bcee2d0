package org.newsroom.comments;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.newsroom.support.testing.Http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.comments.CommentCalls.email;
import static org.newsroom.comments.CommentCalls.form;

/**
 * A caller that reaches comments-service directly, not from a trusted gateway (here the test
 * client on loopback, while only 192.0.2.1 is trusted), cannot choose the address or user agent a
 * comment is stored and flood-limited under.
 */
@MicronautTest(transactional = false)
@Property(name = "comments.trusted-gateways", value = "192.0.2.1")
class UntrustedCallerTest {

    private static final String SLUG = "direct-caller";

    @Inject
    CommentCalls calls;

    private Http.Reply postDirectly(String article, String claimedIp, String content) {
        return calls.http.send(HttpRequest.POST("/articles/" + article + "/comments?slug=" + SLUG, form(email(), content, null))
                .header("X-Client-IP", claimedIp).header("X-Client-User-Agent", "FramedBrowser/1.0")
                .header("User-Agent", "DirectCaller/1.0"));
    }

    @Test
    void forgedClientIpIsIgnoredAndTheFloodGuardCountsThePeer() {
        String article = new ObjectId().toHexString();
        assertThat(postDirectly(article, "203.0.113.9", "Straight to the service").status()).isEqualTo(201);

        JsonNode stored = calls.moderated("article=" + SLUG).get("items").get(0);
        assertThat(stored.get("authorIp").getStringValue()).isIn("127.0.0.1", "::1");
        assertThat(stored.get("userAgent").getStringValue()).isEqualTo("DirectCaller/1.0");

        Http.Reply another = postDirectly(article, "203.0.113.10", "Another address, they say");
        assertThat(another.status()).as("the same peer within the flood window").isEqualTo(429);
    }
}
