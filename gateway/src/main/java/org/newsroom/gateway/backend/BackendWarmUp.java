package org.newsroom.gateway.backend;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import reactor.core.publisher.Mono;

import java.time.Duration;

/**
 * Calls each service once as the gateway starts, so that the first reader does not pay for loading
 * the HTTP client and opening its first connections (which can take longer than a read budget).
 */
@Singleton
public class BackendWarmUp {

    private final Backend articles;
    private final Backend comments;

    public BackendWarmUp(@Named(Backends.ARTICLES) Backend articles, @Named(Backends.COMMENTS) Backend comments) {
        this.articles = articles;
        this.comments = comments;
    }

    @EventListener
    void onStartup(ServerStartupEvent event) {
        Mono.when(articles.answers("/health/readiness", Duration.ofSeconds(5)),
                comments.answers("/health/readiness", Duration.ofSeconds(5))).subscribe();
    }
}
