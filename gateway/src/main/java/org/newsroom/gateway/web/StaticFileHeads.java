package org.newsroom.gateway.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.types.files.FileCustomizableResponseType;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.http.server.types.files.SystemFile;
import io.micronaut.web.router.RouteAttributes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;

/**
 * A HEAD of a file under {@code /static/} gets the headers its GET gets (type, length, Last-Modified, Cache-Control,
 * Expires): Micronaut sends a HEAD's answer without running the file writer that adds them, and never reads the file,
 * so a stream it opened for it is closed here.
 */
@ServerFilter(value = "/static/**", methods = HttpMethod.HEAD)
public class StaticFileHeads {

    private final HttpServerConfiguration.FileTypeHandlerConfiguration files;

    public StaticFileHeads(HttpServerConfiguration.FileTypeHandlerConfiguration files) {
        this.files = files;
    }

    @ResponseFilter
    public void headersOfTheFile(MutableHttpResponse<?> response) {
        Object body = RouteAttributes.getHeadBody(response).or(response::getBody).orElse(null);
        if (!(body instanceof FileCustomizableResponseType file)) {
            return;
        }
        if (file instanceof StreamedFile streamed) {
            try {
                streamed.getInputStream().close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        MutableHttpHeaders headers = response.getHeaders();
        LocalDateTime now = LocalDateTime.now();
        headers.contentTypeIfMissing(file.getMediaType());
        if (file.getLength() >= 0) {
            response.contentLength(file.getLength());
        }
        if (!headers.contains(HttpHeaders.DATE)) {
            headers.date(now);
        }
        headers.expires(now.plusSeconds(files.getCacheSeconds()));
        headers.set(HttpHeaders.CACHE_CONTROL, (files.getCacheControl().getPublic() ? "public" : "private") + ", max-age=" + files.getCacheSeconds());
        headers.lastModified(file.getLastModified());
        if (file instanceof SystemFile) {
            // a file on disk is written by the one file writer that takes Range requests
            headers.set(HttpHeaders.ACCEPT_RANGES, "bytes");
        }
        file.process(response);
    }
}
