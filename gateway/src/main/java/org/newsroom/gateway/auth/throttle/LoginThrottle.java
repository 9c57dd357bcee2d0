package org.newsroom.gateway.auth.throttle;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.newsroom.support.http.ClientBlocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuple2;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeoutException;

/**
 * Limits password guessing. Each attempt is counted as a failure before its password is checked
 * (so parallel guesses cannot all slip in before the first one is counted) and taken back when it
 * succeeds; over {@link LoginLimits} the attempt is refused without checking the password. When the
 * shared store does not answer in time, the attempt is counted in this instance's memory instead
 * ({@link LocalFailureCounts}) and a warning says so: the limits then hold per instance.
 */
@Singleton
public class LoginThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);
    private static final int LOGGED_NAME_CHARS = 64;

    private final LoginLimits limits;
    private final FailureCounts counts;
    private final LocalFailureCounts localCounts;
    private final AttemptKeys keys;
    private final Clock clock;
    private final SignInMetrics metrics;
    private final Duration storeTimeout;

    LoginThrottle(LoginLimits limits, FailureCounts counts, LocalFailureCounts localCounts, AttemptKeys keys, Clock clock,
                  SignInMetrics metrics, @Value("${gateway.login.store-timeout:300ms}") Duration storeTimeout) {
        this.limits = limits;
        this.counts = counts;
        this.localCounts = localCounts;
        this.keys = keys;
        this.clock = clock;
        this.metrics = metrics;
        this.storeTimeout = storeTimeout;
    }

    public Mono<Admission> admit(String account, String ip, @Nullable String requestId) {
        if (limits.off()) {
            return Mono.just(Admission.UNCOUNTED);
        }
        Instant now = clock.instant();
        String client = ClientBlocks.of(ip);
        String accountKey = keys.accountFromIp(account, client);
        String ipKey = keys.ip(client);
        return admit(counts, accountKey, ipKey, now, account, requestId)
                .timeout(storeTimeout)
                .onErrorResume(error -> {
                    warnStoreUnavailable("count the attempt", error, requestId, "it is counted in this instance's memory");
                    return admit(localCounts, accountKey, ipKey, now, account, requestId);
                });
    }

    private Mono<Admission> admit(FailureStore store, String accountKey, String ipKey, Instant now, String account,
                                  @Nullable String requestId) {
        return Mono.zip(store.add(accountKey, now, limits.window()), store.add(ipKey, now, limits.window()))
                .flatMap(both -> decide(store, both, accountKey, ipKey, now, account, requestId));
    }

    /** After the password check: a success clears the account's count from that IP and takes back the IP's. */
    public Mono<Void> settle(Admission admission, boolean signedIn, @Nullable String requestId) {
        if (!signedIn) {
            metrics.failed();
            return Mono.empty();
        }
        if (!admission.isCounted()) {
            return Mono.empty();
        }
        FailureStore store = admission.store();
        return Mono.when(store.forget(admission.accountKey()), store.subtract(admission.ipKey(), clock.instant()))
                .timeout(storeTimeout)
                .onErrorResume(error -> {
                    warnStoreUnavailable("clear the count after a successful sign-in", error, requestId, "the count stays");
                    return Mono.empty();
                });
    }

    private Mono<Admission> decide(FailureStore store, Tuple2<FailureCount, FailureCount> both, String accountKey, String ipKey,
                                   Instant now, String account, @Nullable String requestId) {
        FailureCount fromThisIp = both.getT1();
        FailureCount acrossAccounts = both.getT2();
        Instant until = null;
        if (limits.overAccountLimit(fromThisIp)) {
            until = fromThisIp.windowEnds();
        }
        if (limits.overIpLimit(acrossAccounts) && (until == null || acrossAccounts.windowEnds().isAfter(until))) {
            until = acrossAccounts.windowEnds();
        }
        if (until == null) {
            return Mono.just(Admission.counted(accountKey, ipKey, store));
        }
        long seconds = Math.max(1, (Duration.between(now, until).toMillis() + 999) / 1000);
        metrics.throttled();
        LOG.warn("Sign-in throttled: account \"{}\" after too many failures, retry after {} s, requestId={}",
                printable(account), seconds, requestId);
        // a refused attempt is no failure: it must not push the IP's count towards its own limit
        return Mono.when(store.subtract(accountKey, now), store.subtract(ipKey, now))
                .timeout(storeTimeout)
                .onErrorResume(error -> Mono.empty())
                .thenReturn(Admission.throttled(seconds));
    }

    private void warnStoreUnavailable(String what, Throwable error, @Nullable String requestId, String instead) {
        metrics.storeUnavailable();
        String why = error instanceof TimeoutException ? "no answer within " + storeTimeout.toMillis() + " ms" : error.getClass().getSimpleName();
        LOG.warn("Sign-in throttle store unavailable, could not {} ({}); {}, requestId={}", what, why, instead, requestId);
    }

    /** Account names are typed by anyone: one line, printable, bounded. */
    static String printable(String account) {
        String shown = account.length() > LOGGED_NAME_CHARS ? account.substring(0, LOGGED_NAME_CHARS) + "…" : account;
        return shown.replaceAll("[\\p{Cntrl}\"\\\\]", "?");
    }
}
