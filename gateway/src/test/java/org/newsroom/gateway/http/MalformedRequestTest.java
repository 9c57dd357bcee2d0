package org.newsroom.gateway.http;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsroom.gateway.FakeBackends;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests the server's HTTP codec refuses before any route or filter: sent over a raw socket, as no client library would. */
class MalformedRequestTest {

    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?i)\r\ncontent-length: *(\\d+)");

    private static FakeBackends backends;

    @BeforeAll
    static void start() {
        backends = new FakeBackends(Map.of());
    }

    @AfterAll
    static void stop() {
        backends.close();
    }

    private static String exchange(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", backends.gateway.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) > 0) {
                answer.write(buffer, 0, read);
                if (complete(answer.toString(StandardCharsets.ISO_8859_1))) {
                    break;
                }
            }
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }

    /** The head is in, and as many body bytes as its Content-Length says. */
    private static boolean complete(String answer) {
        int headEnd = answer.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            return false;
        }
        Matcher length = CONTENT_LENGTH.matcher(answer.substring(0, headEnd));
        return !length.find() || answer.length() - headEnd - 4 >= Integer.parseInt(length.group(1));
    }

    @Test
    void aHeaderWithAControlCharacterIsRefusedWithARequestId() throws IOException {
        String answer = exchange("GET /api/articles HTTP/1.1\r\nHost: localhost\r\nX-Odd: a\u0001b\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400").containsIgnoringCase("\r\nx-request-id: ");
    }

    @Test
    void aRequestLineOverSixteenKilobytesIsRefusedWith414AndARequestId() throws IOException {
        String answer = exchange("GET /api/articles?q=" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");

        assertThat(answer).matches("(?s)HTTP/1.[01] 414 .*").containsIgnoringCase("\r\nx-request-id: ")
                .containsIgnoringCase("\r\ncontent-type: application/problem+json")
                .contains("\"status\":414", "The request line (method, path and query) is too long.");
    }

    @Test
    void headersOverTheLimitAreRefusedWith431AndARequestId() throws IOException {
        String answer = exchange("GET /api/articles HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "b".repeat(20_000) + "\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 431 ").containsIgnoringCase("\r\nx-request-id: ")
                .containsIgnoringCase("\r\ncontent-type: application/problem+json")
                .contains("\"status\":431", "The request's headers are too large.");
    }
}
