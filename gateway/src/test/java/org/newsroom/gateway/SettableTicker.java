package org.newsroom.gateway;

import com.github.benmanes.caffeine.cache.Ticker;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** Test-only time for the view cache: it stands still until a test moves it on. */
@Singleton
@Requires(property = SettableTicker.ENABLED, value = "true")
public class SettableTicker implements Ticker {

    public static final String ENABLED = "test.settable-ticker";

    private final AtomicLong nanos = new AtomicLong();

    public void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    @Override
    public long read() {
        return nanos.get();
    }
}
