package org.newsroom.articles;

import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/** With ARTICLES_SEED_DEMO, the service is ready only once the sample article is in the store. */
@Singleton
@Readiness
@Requires(property = "articles.seed-demo", value = "true")
public class DemoSeedReadiness implements HealthIndicator {

    private final DemoContent demoContent;

    public DemoSeedReadiness(DemoContent demoContent) {
        this.demoContent = demoContent;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Mono.just(HealthResult.builder("demoContent", demoContent.settled() ? HealthStatus.UP : HealthStatus.DOWN).build());
    }
}
