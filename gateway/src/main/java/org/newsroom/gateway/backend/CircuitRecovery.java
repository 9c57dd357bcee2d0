package org.newsroom.gateway.backend;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * How an open circuit closes again. Once its open time is over it half-opens by itself, with or without traffic, and
 * asks the service whether it is ready (its readiness, outside the circuit): ready, the circuit closes with a fresh
 * window, so that one slow first call of a service just started cannot open it again alone; not ready, it stays open
 * another open time. Calls that come while it is half-open wait for that answer within their own budget instead of
 * being refused, so that a burst right after a recovery is served whole; a service that stays down still gets one
 * readiness call per open time, and no other.
 */
final class CircuitRecovery {

    private final CircuitBreaker breaker;
    private final Supplier<Mono<Boolean>> ready;
    private final Sinks.Many<CircuitBreaker.State> settled = Sinks.many().multicast().directBestEffort();

    /** {@code ready} answers whether the service is ready, always with a value, within the probe's own time limit. */
    CircuitRecovery(CircuitBreaker breaker, Supplier<Mono<Boolean>> ready) {
        this.breaker = breaker;
        this.ready = ready;
        breaker.getEventPublisher().onStateTransition(event -> {
            CircuitBreaker.State now = event.getStateTransition().getToState();
            if (now == CircuitBreaker.State.HALF_OPEN) {
                probe();
            } else {
                announce(now);
            }
        });
    }

    /** Transitions may come from several threads at once: emissions are serialized (a short lock, no spinning on an event loop). */
    private synchronized void announce(CircuitBreaker.State now) {
        settled.tryEmitNext(now);
    }

    private void probe() {
        Mono.defer(ready).onErrorReturn(false).subscribe(up -> {
            if (breaker.getState() == CircuitBreaker.State.HALF_OPEN) {
                if (up) {
                    breaker.transitionToClosedState();
                } else {
                    breaker.transitionToOpenState();
                }
            }
        });
    }

    boolean isHalfOpen() {
        return breaker.getState() == CircuitBreaker.State.HALF_OPEN;
    }

    /** Completes once the circuit is no longer half-open (closed or open again), or after {@code within}. */
    Mono<Void> settled(Duration within) {
        // listening first, then looking: a change between the two is not missed
        return Flux.merge(settled.asFlux(), Mono.fromCallable(breaker::getState).filter(state -> state != CircuitBreaker.State.HALF_OPEN))
                .next()
                .timeout(within, Mono.empty())
                .then();
    }
}
