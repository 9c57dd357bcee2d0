package org.newsroom.gateway.auth.throttle;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The time sign-in windows are measured in; tests move their own clock instead of sleeping. */
@Factory
class SystemClock {

    @Singleton
    @Secondary
    Clock clock() {
        return Clock.systemUTC();
    }
}
