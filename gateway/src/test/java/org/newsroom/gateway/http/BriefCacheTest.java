package org.newsroom.gateway.http;

import com.github.benmanes.caffeine.cache.Ticker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A value is never served past its lifetime, even when the next request arrives before the cache
 * has noted that the build finished (the reader of a build is told before the cache is).
 */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)   // a lookup that waited on a running build would hang
class BriefCacheTest {

    private final AtomicLong nanos = new AtomicLong();
    private final Ticker ticker = nanos::get;
    private final BriefCache<Rendered> cache = new BriefCache<>(ticker, 100, rendered -> Duration.ofMillis(500).toNanos());

    private static Rendered answer(String text) {
        return Rendered.ok(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(Rendered rendered) {
        return new String(rendered.body(), StandardCharsets.UTF_8);
    }

    @Test
    void aRequestRightAfterAnExpiredBuildGetsAFreshAnswer() {
        CompletableFuture<Rendered> slowBuild = new CompletableFuture<>();
        AtomicReference<String> next = new AtomicReference<>();
        cache.get("key", () -> Mono.fromFuture(slowBuild)).subscribe(first -> {
            nanos.addAndGet(Duration.ofSeconds(1).toNanos());
            next.set(text(cache.get("key", () -> Mono.just(answer("second"))).block()));
        });

        slowBuild.complete(answer("first"));

        assertThat(next.get()).isEqualTo("second");
    }

    @Test
    void waitersOnOneBuildShareItHoweverLongItTakes() {
        CompletableFuture<Rendered> slowBuild = new CompletableFuture<>();
        AtomicReference<String> first = new AtomicReference<>();
        AtomicReference<String> second = new AtomicReference<>();
        cache.get("key", () -> Mono.fromFuture(slowBuild)).subscribe(rendered -> first.set(text(rendered)));
        cache.get("key", () -> Mono.just(answer("another build"))).subscribe(rendered -> second.set(text(rendered)));

        nanos.addAndGet(Duration.ofSeconds(5).toNanos());
        slowBuild.complete(answer("shared"));

        assertThat(first.get()).isEqualTo("shared");
        assertThat(second.get()).isEqualTo("shared");
    }

    @Test
    void aValuesLifetimeCountsFromWhenItsBuildBegan() {
        CompletableFuture<Rendered> slowBuild = new CompletableFuture<>();
        cache.get("key", () -> Mono.fromFuture(slowBuild)).subscribe();
        nanos.addAndGet(Duration.ofMillis(400).toNanos());
        slowBuild.complete(answer("read 400 ms ago"));

        nanos.addAndGet(Duration.ofMillis(200).toNanos());

        assertThat(text(cache.get("key", () -> Mono.just(answer("rebuilt"))).block()))
                .as("what was read 600 ms ago is older than the 500 ms lifetime").isEqualTo("rebuilt");
    }

    @Test
    void aFreshAnswerIsServedFromTheCache() {
        cache.get("key", () -> Mono.just(answer("kept"))).block();
        nanos.addAndGet(Duration.ofMillis(400).toNanos());

        assertThat(text(cache.get("key", () -> Mono.just(answer("rebuilt"))).block())).isEqualTo("kept");
        nanos.addAndGet(Duration.ofMillis(100).toNanos());
        assertThat(text(cache.get("key", () -> Mono.just(answer("rebuilt"))).block())).isEqualTo("rebuilt");
    }
}
