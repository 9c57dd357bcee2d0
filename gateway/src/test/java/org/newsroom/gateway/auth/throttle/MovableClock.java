package org.newsroom.gateway.auth.throttle;

import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.newsroom.support.testing.SettableClock;

import java.time.Instant;

/** A clock a test moves forward instead of sleeping; in a gateway started with {@code test.movable-clock=true}. */
@Singleton
@Primary
@Requires(property = "test.movable-clock", value = "true")
public class MovableClock extends SettableClock {

    public MovableClock() {
        super(Instant.parse("2026-03-01T12:00:00Z"));
    }
}
