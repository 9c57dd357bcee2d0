package org.newsroom.support.testing;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.newsroom.support.logging.JsonLineEncoder;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Every log event of this JVM from {@link #start()} to {@link #close()}, to be read as production writes it. */
public final class CapturedLogs implements AutoCloseable {

    private static final Duration ACCESS_LOG_DEADLINE = Duration.ofSeconds(30);

    private final ListAppender<ILoggingEvent> events = new ListAppender<>();

    private CapturedLogs() {
        events.start();
        root().addAppender(events);
    }

    public static CapturedLogs start() {
        return new CapturedLogs();
    }

    private static Logger root() {
        return context().getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    private static LoggerContext context() {
        return (LoggerContext) LoggerFactory.getILoggerFactory();
    }

    /**
     * Every event encoded by the production JSON encoder, once the access log has a line for each of
     * {@code requests} (it is written after the answer); fails if it never catches up.
     */
    public List<String> linesAfterAccessLogOf(int requests) throws InterruptedException {
        Instant deadline = Instant.now().plus(ACCESS_LOG_DEADLINE);
        while (accessLines() < requests && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        if (accessLines() < requests) {
            throw new AssertionError("access log lines: " + accessLines() + " of " + requests + " requests");
        }
        JsonLineEncoder encoder = new JsonLineEncoder();
        encoder.setContext(context());
        encoder.start();
        List<String> lines = new ArrayList<>();
        for (ILoggingEvent event : List.copyOf(events.list)) {
            lines.add(new String(encoder.encode(event), StandardCharsets.UTF_8));
        }
        encoder.stop();
        return lines;
    }

    private long accessLines() {
        return List.copyOf(events.list).stream().filter(event -> event.getLoggerName().equals("http.access")).count();
    }

    @Override
    public void close() {
        root().detachAppender(events);
    }
}
