package org.newsroom.gateway.auth.throttle;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * How many failed sign-ins a window allows: {@code LOGIN_MAX_FAILURES} for one account from one
 * client IP, {@code LOGIN_MAX_FAILURES_PER_IP} from one IP across accounts (0 turns a limit off),
 * within {@code LOGIN_WINDOW_SECONDS} from the first failure. Values out of range stop the start
 * ({@code GatewayNumericSettings}).
 */
@ConfigurationProperties("gateway.login")
public record LoginLimits(@Bindable(defaultValue = "5") int maxFailures,
                          @Bindable(defaultValue = "20") int maxFailuresPerIp,
                          @Bindable(defaultValue = "900") int windowSeconds) {

    Duration window() {
        return Duration.ofSeconds(windowSeconds);
    }

    boolean overAccountLimit(FailureCount fromOneIp) {
        return maxFailures > 0 && fromOneIp.value() > maxFailures;
    }

    boolean overIpLimit(FailureCount acrossAccounts) {
        return maxFailuresPerIp > 0 && acrossAccounts.value() > maxFailuresPerIp;
    }

    boolean off() {
        return maxFailures == 0 && maxFailuresPerIp == 0;
    }
}
