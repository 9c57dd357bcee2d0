package org.newsroom.comments;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.support.testing.Http;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.comments.CommentCalls.email;
import static org.newsroom.comments.CommentCalls.form;
import static org.newsroom.comments.CommentCalls.ip;
import static org.newsroom.comments.CommentCalls.postRequest;

/** One comment per client IP and per email within the flood window (30 s in the test configuration). */
@MicronautTest(transactional = false)
class FloodWindowTest {

    private static final int WINDOW_SECONDS = 30;

    @Inject
    CommentCalls calls;

    @Inject
    AdjustableClock clock;

    Http http;
    String article;

    @BeforeEach
    void setUp() {
        http = calls.http;
        article = new ObjectId().toHexString();
    }

    @Test
    void secondCommentFromOneIpWithinTheWindowIsTooManyRequests() {
        String sameIp = ip();
        assertThat(calls.post(article, form(email(), "one", null), sameIp).status()).isEqualTo(201);

        Http.Reply tooSoon = calls.post(article, form(email(), "two", null), sameIp);

        assertThat(tooSoon.status()).isEqualTo(429);
        assertThat(tooSoon.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Long.parseLong(tooSoon.header("Retry-After"))).isBetween(1L, (long) WINDOW_SECONDS);
        clock.advance(Duration.ofSeconds(WINDOW_SECONDS + 1));
        assertThat(calls.post(article, form(email(), "three", null), sameIp).status()).isEqualTo(201);
    }

    @Test
    void anotherAddressOfTheSameIpv6Slash64IsTheSameClient() {
        String network = "2001:db8:" + Integer.toHexString(ip().hashCode() & 0xffff) + ":7::";
        assertThat(calls.post(article, form(email(), "one", null), network + "1").status()).isEqualTo(201);

        assertThat(calls.post(article, form(email(), "two", null), network + "abcd:2").status()).isEqualTo(429);
        assertThat(calls.post(article, form(email(), "three", null), network.replace(":7::", ":8::") + "1").status())
                .as("the next /64 is another client").isEqualTo(201);
    }

    @Test
    void secondCommentFromOneEmailWithinTheWindowIsTooManyRequestsWhateverItsCase() {
        String sameEmail = email();
        assertThat(calls.post(article, form(sameEmail, "one", null)).status()).isEqualTo(201);

        Http.Reply tooSoon = calls.post(new ObjectId().toHexString(), form(sameEmail.toUpperCase(), "two", null));

        assertThat(tooSoon.status()).isEqualTo(429);
        assertThat(tooSoon.header("Retry-After")).isNotBlank();
        clock.advance(Duration.ofSeconds(WINDOW_SECONDS + 1));
        assertThat(calls.post(article, form(sameEmail, "three", null)).status()).isEqualTo(201);
    }

    @Test
    void retryAfterIsTheWholeSecondsLeftRoundedUp() {
        Instant until = Instant.parse("2024-01-01T00:00:15Z");

        assertThat(FloodGuard.secondsLeft(until, until.minusSeconds(15))).isEqualTo(15);
        assertThat(FloodGuard.secondsLeft(until, until.minusMillis(14_001))).isEqualTo(15);
        assertThat(FloodGuard.secondsLeft(until, until.minusMillis(14_000))).isEqualTo(14);
        assertThat(FloodGuard.secondsLeft(until, until.minusMillis(1))).isEqualTo(1);
        assertThat(FloodGuard.secondsLeft(until, until)).isZero();
    }

    @Test
    void invalidOrDuplicatePostsDoNotStartTheWindow() {
        String sameIp = ip();
        assertThat(calls.post(article, form("bad", "x", null), sameIp).status()).isEqualTo(400);
        Map<String, Object> duplicate = form("desk@example.org", "dup " + UUID.randomUUID(), null);
        assertThat(http.send(postRequest(article, duplicate, ip()).bearerAuth(calls.moderator)).status()).isEqualTo(201);
        assertThat(calls.post(article, duplicate, sameIp).status()).isEqualTo(409);

        assertThat(calls.post(article, form(email(), "accepted", null), sameIp).status()).isEqualTo(201);
    }

    @Test
    void postRefusedForItsEmailDoesNotStartTheWindowOfItsIp() {
        String sameEmail = email();
        assertThat(calls.post(article, form(sameEmail, "first", null)).status()).isEqualTo(201);
        String freshIp = ip();

        assertThat(calls.post(article, form(sameEmail, "too soon", null), freshIp).status()).isEqualTo(429);

        assertThat(calls.post(article, form(email(), "someone else on that address", null), freshIp).status()).isEqualTo(201);
    }

    @Test
    void moderatorCommentsAreNotLimitedAndStartNoWindow() {
        String sameIp = ip();
        for (String content : new String[] {"m1", "m2", "m3"}) {
            Http.Reply reply = http.send(postRequest(article, form("desk@example.org", content, null), sameIp).bearerAuth(calls.moderator));
            assertThat(reply.status()).as(content).isEqualTo(201);
        }

        assertThat(calls.post(article, form(email(), "reader after moderator", null), sameIp).status()).isEqualTo(201);
        assertThat(calls.post(article, form("DESK@example.org", "reader with the moderator's email", null)).status()).isEqualTo(201);
    }
}
