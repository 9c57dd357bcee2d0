package org.newsroom.gateway.auth.throttle;

import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test moves forward instead of sleeping; in a gateway started with {@code test.movable-clock=true}. */
@Singleton
@Primary
@Requires(property = "test.movable-clock", value = "true")
public class MovableClock extends Clock {

    private volatile Instant now = Instant.parse("2026-03-01T12:00:00Z");

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
