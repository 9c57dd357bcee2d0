package org.newsroom.comments;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The clock flood windows are measured with (tests move it forward instead of sleeping). */
@Factory
public class SystemClock {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
