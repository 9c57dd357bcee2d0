package org.newsroom.gateway.auth.throttle;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.newsroom.gateway.auth.PasswordCheck;

import java.util.concurrent.atomic.AtomicInteger;

/** The real bcrypt check, counted; in a gateway started with {@code test.count-password-checks=true}. */
@Singleton
@Replaces(PasswordCheck.class)
@Requires(property = "test.count-password-checks", value = "true")
public class CountingPasswordCheck extends PasswordCheck {

    private final AtomicInteger checks = new AtomicInteger();

    @Override
    public boolean matches(String password, String hash) {
        checks.incrementAndGet();
        return super.matches(password, hash);
    }

    public int checks() {
        return checks.get();
    }
}
