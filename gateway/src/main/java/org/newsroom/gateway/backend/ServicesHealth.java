package org.newsroom.gateway.backend;

import io.micronaut.context.BeanContext;
import io.micronaut.discovery.StaticServiceInstanceList;
import io.micronaut.health.HealthStatus;
import io.micronaut.http.client.ServiceHttpClientConfiguration;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Names each service's state in the gateway's health details: whether it answers, its circuit (of
 * user traffic; {@code backgroundCircuit}: of the deletion relay's calls), and how many of its instances are in the load balancer's rotation. The gateway itself stays UP while
 * a service is down: it still answers, degraded. The probe bypasses the circuit breaker, so health
 * checks neither open nor close it.
 */
@Singleton
public class ServicesHealth implements HealthIndicator {

    private static final Duration PROBE_TIMEOUT = Duration.ofMillis(500);

    private final Backend articles;
    private final Backend comments;
    private final Backend articlesInBackground;
    private final Backend commentsInBackground;
    private final BeanContext beans;

    public ServicesHealth(@Named(Backends.ARTICLES) Backend articles, @Named(Backends.COMMENTS) Backend comments,
                          @Named(Backends.ARTICLES_BACKGROUND) Backend articlesInBackground,
                          @Named(Backends.COMMENTS_BACKGROUND) Backend commentsInBackground, BeanContext beans) {
        this.articles = articles;
        this.comments = comments;
        this.articlesInBackground = articlesInBackground;
        this.commentsInBackground = commentsInBackground;
        this.beans = beans;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Mono.zip(state(articles, articlesInBackground), state(comments, commentsInBackground)).map(states -> {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("articles-service", states.getT1());
            details.put("comments-service", states.getT2());
            return HealthResult.builder("services", HealthStatus.UP).details(details).build();
        });
    }

    private Mono<Map<String, Object>> state(Backend backend, Backend inBackground) {
        return backend.answers("/health/readiness", PROBE_TIMEOUT).map(up -> {
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("status", up ? "UP" : "DOWN");
            state.put("circuit", backend.breaker().getState().name());
            state.put("backgroundCircuit", inBackground.breaker().getState().name());
            beans.findBean(ServiceHttpClientConfiguration.class, Qualifiers.byName(backend.name()))
                    .ifPresent(configured -> state.put("instances", configured.getUrls().size()));
            beans.findBean(StaticServiceInstanceList.class, Qualifiers.byName(backend.name()))
                    .ifPresent(rotation -> state.put("instancesInRotation", rotation.getLoadBalancedURIs().size()));
            return state;
        });
    }
}
