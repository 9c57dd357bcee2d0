package org.newsroom.gateway.auth.throttle;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.newsroom.gateway.auth.PasswordCheck;

import java.util.concurrent.atomic.AtomicInteger;

/** The real bcrypt check, counted, with the cost of the last hash; in a gateway started with {@code test.count-password-checks=true}. */
@Singleton
@Replaces(PasswordCheck.class)
@Requires(property = "test.count-password-checks", value = "true")
public class CountingPasswordCheck extends PasswordCheck {

    private final AtomicInteger checks = new AtomicInteger();
    private volatile String lastCost;

    @Override
    public boolean matches(String password, String hash) {
        checks.incrementAndGet();
        lastCost = hash.substring(4, 6);
        return super.matches(password, hash);
    }

    public int checks() {
        return checks.get();
    }

    /** The bcrypt cost factor of the hash checked last: what the check's time depends on. */
    public String lastCost() {
        return lastCost;
    }
}
