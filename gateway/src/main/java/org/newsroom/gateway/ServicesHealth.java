package org.newsroom.gateway;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.newsroom.gateway.backend.Backend;
import org.newsroom.gateway.backend.Backends;
import org.newsroom.gateway.backend.Call;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Names each service's state in the gateway's health details. The gateway itself stays UP while a
 * service is down: it still answers, degraded.
 */
@Singleton
public class ServicesHealth implements HealthIndicator {

    private final Backend articles;
    private final Backend comments;

    public ServicesHealth(@Named(Backends.ARTICLES) Backend articles, @Named(Backends.COMMENTS) Backend comments) {
        this.articles = articles;
        this.comments = comments;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Mono.zip(state(articles), state(comments)).map(states -> {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("articles-service", states.getT1());
            details.put("comments-service", states.getT2());
            return HealthResult.builder("services", HealthStatus.UP).details(details).build();
        });
    }

    private static Mono<Map<String, String>> state(Backend backend) {
        return backend.get("/health/readiness", new Call(null, null))
                .map(reply -> reply.isSuccess() ? "UP" : "DOWN")
                .onErrorReturn("DOWN")
                .map(state -> Map.of("status", state, "circuit", backend.breaker().getState().name()));
    }
}
