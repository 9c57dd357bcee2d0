package org.newsroom.support.startup;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A start-up rehearsal for the class-data-sharing archive: with {@code startup.training-run=true}
 * the service exits as soon as it has started, so that {@code -XX:ArchiveClassesAtExit} records
 * every class a start-up loads ({@code ./run} and the Dockerfiles do this once per build).
 */
@Singleton
@Requires(property = "startup.training-run", value = "true")
public class TrainingRun implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(TrainingRun.class);

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        LOG.info("Training run: started, now exiting so that the class archive is written");
        Thread exit = new Thread(() -> System.exit(0), "training-run-exit");
        exit.start();
    }
}
