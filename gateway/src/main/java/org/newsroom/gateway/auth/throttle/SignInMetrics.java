package org.newsroom.gateway.auth.throttle;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;

/** What operators see in {@code /prometheus} about sign-ins. */
@Singleton
class SignInMetrics {

    private final Counter failures;
    private final Counter throttled;
    private final Counter storeUnavailable;

    SignInMetrics(MeterRegistry registry) {
        failures = Counter.builder("login.failures")
                .description("Sign-ins refused for a wrong username or password").register(registry);
        throttled = Counter.builder("login.throttled")
                .description("Sign-ins refused with 429 after too many failures").register(registry);
        storeUnavailable = Counter.builder("login.throttle.store.unavailable")
                .description("Sign-in counts kept in the instance's memory because the gateway's store did not answer").register(registry);
    }

    void failed() {
        failures.increment();
    }

    void throttled() {
        throttled.increment();
    }

    void storeUnavailable() {
        storeUnavailable.increment();
    }
}
