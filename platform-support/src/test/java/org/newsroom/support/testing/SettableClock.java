package org.newsroom.support.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Time a test moves forward instead of sleeping: a base clock (a fixed instant, or the system
 * clock) plus whatever the test has advanced it by. Services' test beans extend it.
 */
public class SettableClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> advanced = new AtomicReference<>(Duration.ZERO);

    public SettableClock(Clock base) {
        this.base = base;
    }

    /** Standing still at {@code start} until advanced. */
    public SettableClock(Instant start) {
        this(Clock.fixed(start, ZoneOffset.UTC));
    }

    public void advance(Duration by) {
        advanced.updateAndGet(current -> current.plus(by));
    }

    @Override
    public Instant instant() {
        return base.instant().plus(advanced.get());
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
