package org.newsroom.gateway.backend;

import io.micronaut.http.client.exceptions.HttpClientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Exceptions;
import reactor.core.publisher.Hooks;

import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A service call whose caller stopped waiting (its time budget passed, a readiness call gave up) may still fail later,
 * when the HTTP client's own read timeout ends it: Reactor drops that error, and by default logs it as an ERROR with
 * its stack trace, once per slow call. Those expected failures are logged at DEBUG; any other dropped error is still
 * the ERROR Reactor logs.
 */
final class LateCallFailures {

    private static final Logger LOG = LoggerFactory.getLogger(LateCallFailures.class);
    /** Where Reactor itself logs a dropped error. */
    private static final Logger REACTOR = LoggerFactory.getLogger("reactor.core.publisher.Operators");
    private static final AtomicBoolean QUIETED = new AtomicBoolean();

    private LateCallFailures() {
    }

    /** Once per JVM: Reactor's hooks are global and add up. */
    static void quiet() {
        if (QUIETED.compareAndSet(false, true)) {
            Hooks.onErrorDropped(LateCallFailures::dropped);
        }
    }

    static void dropped(Throwable error) {
        Exceptions.throwIfJvmFatal(error);
        if (isLateCallFailure(error)) {
            LOG.debug("A service call failed after its caller stopped waiting: {}", error.toString());
        } else {
            REACTOR.error("Operator called default onErrorDropped", error);
        }
    }

    private static boolean isLateCallFailure(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpClientException || cause instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }
}
