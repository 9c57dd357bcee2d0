package org.newsroom.support.mongo;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;

import java.time.Duration;
import java.util.List;

/**
 * Creates every {@link RequiredIndexes} at start-up, all at once rather than one after the other,
 * and blocks the start-up thread until they exist, on purpose: a service must not take traffic
 * before its unique indexes do. A failure stops the start.
 */
@Singleton
public class IndexesBeforeTraffic implements ApplicationEventListener<StartupEvent> {

    static final Duration MAX_WAIT = Duration.ofSeconds(60);
    private static final Logger LOG = LoggerFactory.getLogger(IndexesBeforeTraffic.class);

    private final List<RequiredIndexes> required;

    public IndexesBeforeTraffic(List<RequiredIndexes> required) {
        this.required = required;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (required.isEmpty()) {
            return;
        }
        long began = System.nanoTime();
        Flux.fromIterable(required).flatMap(RequiredIndexes::createIndexes).then().block(MAX_WAIT);
        LOG.info("Indexes in place ({}) in {} ms", required.stream().map(owner -> owner.getClass().getSimpleName()).sorted().toList(),
                (System.nanoTime() - began) / 1_000_000);
    }
}
