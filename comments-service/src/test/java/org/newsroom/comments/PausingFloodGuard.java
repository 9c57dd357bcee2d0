package org.newsroom.comments;

import com.mongodb.reactivestreams.client.MongoDatabase;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Test-only (with {@code test.pausing=true}): the flood guard, which a post consults after its checks
 * and before its insert, running a step there once: another request that then happens between the two.
 */
@Singleton
@Replaces(FloodGuard.class)
@Requires(property = "test.pausing", value = "true")
public class PausingFloodGuard extends FloodGuard {

    private final AtomicReference<Supplier<Mono<?>>> next = new AtomicReference<>();

    public PausingFloodGuard(MongoDatabase database, @Value("${comments.flood-seconds:15}") int floodSeconds, Clock clock) {
        super(database, floodSeconds, clock);
    }

    /** {@code step} runs (and ends) between the next post's checks and its insert. */
    public void beforeNextInsert(Supplier<Mono<?>> step) {
        next.set(step);
    }

    @Override
    public Mono<Claim> claim(List<String> keys) {
        Supplier<Mono<?>> step = next.getAndSet(null);
        return step == null ? super.claim(keys) : step.get().then(super.claim(keys));
    }
}
