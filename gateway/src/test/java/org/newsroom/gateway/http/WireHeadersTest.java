package org.newsroom.gateway.http;

import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the wire handler does to an answer's headers, on answers as Micronaut writes them. */
class WireHeadersTest {

    private final WireHeaders.Handler handler = new WireHeaders.Handler(true);

    private static HttpResponse answer(HttpResponseStatus status, String... headers) {
        HttpResponse response = new DefaultHttpResponse(HttpVersion.HTTP_1_1, status);
        for (int i = 0; i < headers.length; i += 2) {
            response.headers().add(headers[i], headers[i + 1]);
        }
        return response;
    }

    @Test
    void theDatesMicronautWritesWithOneDigitDaysGetTheirZero() {
        HttpResponse file = answer(HttpResponseStatus.OK, "Content-Type", "text/css", "Date", "Sun, 1 Nov 2026 10:00:00 GMT",
                "Expires", "Sun, 1 Nov 2026 10:01:00 GMT", "Last-Modified", "Fri, 9 Oct 2026 08:00:00 GMT");

        handler.rewrite(file);

        assertThat(file.headers().get("Date")).isEqualTo("Sun, 01 Nov 2026 10:00:00 GMT");
        assertThat(file.headers().get("Expires")).isEqualTo("Sun, 01 Nov 2026 10:01:00 GMT");
        assertThat(file.headers().get("Last-Modified")).isEqualTo("Fri, 09 Oct 2026 08:00:00 GMT");
    }

    @Test
    void aCompressedAnswersTagIsWeakAndItsVaryKeepsWhatItHad() {
        HttpResponse page = answer(HttpResponseStatus.OK, "Content-Type", "text/html; charset=utf-8", "ETag", "\"abc\"",
                "Content-Encoding", "gzip", "Vary", "Cookie", "Vary", "Origin");

        handler.rewrite(page);

        assertThat(page.headers().get("ETag")).isEqualTo("W/\"abc\"");
        assertThat(page.headers().getAll("Vary")).containsExactly("Cookie, Origin, Accept-Encoding");
    }

    @Test
    void anAnswerSentAsItIsKeepsItsStrongTag() {
        HttpResponse page = answer(HttpResponseStatus.OK, "Content-Type", "application/atom+xml; charset=utf-8", "ETag", "\"abc\"");

        handler.rewrite(page);

        assertThat(page.headers().get("ETag")).isEqualTo("\"abc\"");
        assertThat(page.headers().get("Vary")).as("it may be compressed for another client").isEqualTo("Accept-Encoding");
    }

    @Test
    void onlyAnswersThatMayBeCompressedVaryOnAcceptEncoding() {
        HttpResponse image = answer(HttpResponseStatus.OK, "Content-Type", "image/png");
        HttpResponse notModified = answer(HttpResponseStatus.NOT_MODIFIED, "ETag", "W/\"abc\"");
        HttpResponse already = answer(HttpResponseStatus.OK, "Content-Type", "application/json", "Vary", "accept-encoding, Origin");
        HttpResponse full = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
        full.headers().add("Content-Type", "application/json");

        for (HttpResponse response : new HttpResponse[]{image, notModified, already, full}) {
            handler.rewrite(response);
        }

        assertThat(image.headers().contains("Vary")).isFalse();
        assertThat(notModified.headers().get("Vary")).isEqualTo("Accept-Encoding");
        assertThat(notModified.headers().get("ETag")).isEqualTo("W/\"abc\"");
        assertThat(already.headers().getAll("Vary")).containsExactly("accept-encoding, Origin");
        assertThat(full.headers().get("Vary")).isEqualTo("Accept-Encoding");

        HttpResponse uncompressed = answer(HttpResponseStatus.OK, "Content-Type", "application/json");
        new WireHeaders.Handler(false).rewrite(uncompressed);
        assertThat(uncompressed.headers().contains("Vary")).as("compression turned off").isFalse();
    }
}
