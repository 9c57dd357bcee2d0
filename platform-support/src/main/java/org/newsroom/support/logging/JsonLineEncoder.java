package org.newsroom.support.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.encoder.EncoderBase;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One JSON object per log event and line, with the field names of logstash-logback-encoder
 * ({@code @timestamp}, {@code message}, {@code logger_name}, {@code thread_name}, {@code level}, the MDC's
 * entries such as {@code requestId}, {@code stack_trace}), written without a JSON library: Jackson's
 * databind, which that encoder needs, is about 400 classes more in every service. Tokens in mail links' paths
 * are left out of messages.
 */
public class JsonLineEncoder extends EncoderBase<ILoggingEvent> {

    /** Milliseconds and a numeric offset, as logstash-logback-encoder writes it: 2026-11-28T09:15:30.123+00:00. */
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxxx").withZone(ZoneId.systemDefault());

    /** Secrets that travel in paths (a mail's confirmation and unsubscribe links): whoever reads a log must not use them. */
    private static final Pattern SECRET_IN_PATH = Pattern.compile("(/notifications/(?:confirm|unsubscribe)/)[A-Za-z0-9_-]+");

    static String withoutSecrets(String message) {
        return message == null || !message.contains("/notifications/") ? message
                : SECRET_IN_PATH.matcher(message).replaceAll("$1…");
    }

    @Override
    public byte[] headerBytes() {
        return null;
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        StringBuilder line = new StringBuilder(256);
        line.append('{');
        field(line, "@timestamp", TIMESTAMP.format(event.getInstant()));
        line.append(',');
        field(line, "message", withoutSecrets(event.getFormattedMessage()));
        line.append(',');
        field(line, "logger_name", event.getLoggerName());
        line.append(',');
        field(line, "thread_name", event.getThreadName());
        line.append(',');
        field(line, "level", event.getLevel().toString());
        for (Map.Entry<String, String> entry : event.getMDCPropertyMap().entrySet()) {
            line.append(',');
            field(line, entry.getKey(), entry.getValue());
        }
        IThrowableProxy error = event.getThrowableProxy();
        if (error != null) {
            line.append(',');
            field(line, "stack_trace", ThrowableProxyUtil.asString(error));
        }
        line.append("}\n");
        return line.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] footerBytes() {
        return null;
    }

    private static void field(StringBuilder line, String name, String value) {
        quoted(line, name);
        line.append(':');
        if (value == null) {
            line.append("null");
        } else {
            quoted(line, value);
        }
    }

    private static void quoted(StringBuilder line, String text) {
        line.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> line.append("\\\"");
                case '\\' -> line.append("\\\\");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        line.append(String.format("\\u%04x", (int) c));
                    } else {
                        line.append(c);
                    }
                }
            }
        }
        line.append('"');
    }
}
