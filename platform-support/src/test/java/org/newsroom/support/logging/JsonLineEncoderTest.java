package org.newsroom.support.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class JsonLineEncoderTest {

    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final Logger logger = context.getLogger("org.newsroom.articles.ArticleController");

    private String encoded(LoggingEvent event) {
        JsonLineEncoder encoder = new JsonLineEncoder();
        encoder.setContext(context);
        encoder.start();
        return new String(encoder.encode(event), StandardCharsets.UTF_8);
    }

    private LoggingEvent event(String message, Throwable error, Object... arguments) {
        LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, Level.WARN, message, error, arguments);
        event.setThreadName("default-nioEventLoopGroup-1-2");
        event.setInstant(Instant.parse("2026-11-28T09:15:30.123Z"));
        return event;
    }

    @Test
    void eachEventIsOneJsonLineWithTheLogstashFieldNames() throws IOException {
        LoggingEvent event = event("Article {} not found", null, "some-slug");
        event.setMDCPropertyMap(Map.of("requestId", "req-42"));

        String line = encoded(event);

        assertThat(line).endsWith("}\n").doesNotContain("\n{").hasLineCount(1);
        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.get("@timestamp").asText()).matches("2026-11-28T\\d\\d:\\d\\d:30\\.123[+-]\\d\\d:\\d\\d");
        assertThat(OffsetDateTime.parse(json.get("@timestamp").asText()).toInstant()).isEqualTo(Instant.parse("2026-11-28T09:15:30.123Z"));
        assertThat(json.get("message").asText()).isEqualTo("Article some-slug not found");
        assertThat(json.get("logger_name").asText()).isEqualTo("org.newsroom.articles.ArticleController");
        assertThat(json.get("thread_name").asText()).isEqualTo("default-nioEventLoopGroup-1-2");
        assertThat(json.get("level").asText()).isEqualTo("WARN");
        assertThat(json.get("requestId").asText()).isEqualTo("req-42");
        assertThat(json.has("stack_trace")).isFalse();
    }

    @Test
    void quotesNewlinesAndControlCharactersInAMessageStayInsideItsString() throws IOException {
        String hostile = "title \"x\" \\ back\nslash\r\t\u0001 \u2028 end";

        String line = encoded(event("{}", null, hostile));

        assertThat(line).hasLineCount(1);
        assertThat(new ObjectMapper().readTree(line).get("message").asText()).isEqualTo(hostile);
    }

    @Test
    void anExceptionIsWrittenAsItsStackTrace() throws IOException {
        String line = encoded(event("store unavailable", new IllegalStateException("connection refused")));

        assertThat(line).hasLineCount(1);
        String stackTrace = new ObjectMapper().readTree(line).get("stack_trace").asText();
        assertThat(stackTrace).startsWith("java.lang.IllegalStateException: connection refused").contains("\tat ");
    }

    @Test
    void theTokensOfMailLinksAreLeftOutOfAccessLines() throws IOException {
        String line = encoded(event("\"{}\" 204 0 3 ms", null, "POST /notifications/unsubscribe/ivn08Efj-Q_x2 HTTP/1.1"));

        assertThat(new ObjectMapper().readTree(line).get("message").asText())
                .isEqualTo("\"POST /notifications/unsubscribe/… HTTP/1.1\" 204 0 3 ms");
        assertThat(JsonLineEncoder.withoutSecrets("GET /notifications/confirm/abc_DEF-123?x=1")).isEqualTo("GET /notifications/confirm/…?x=1");
    }
}
