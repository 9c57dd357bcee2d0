package org.newsroom.gateway.web;

import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.types.files.FileCustomizableResponseType;
import io.micronaut.web.router.RouteAttributes;

import java.util.Set;

/**
 * The site's text files under {@code /static/} (styles, scripts, the icon) are UTF-8 and say so: without a charset a
 * browser may read the scripts' non-ASCII text in another encoding. GET and HEAD alike; binary files are left as they are.
 */
@ServerFilter("/static/**")
public class StaticFileCharsets {

    private static final Set<String> TEXT = Set.of("application/javascript", "text/javascript", MediaType.APPLICATION_JSON,
            MediaType.APPLICATION_XML, "image/svg+xml");

    @ResponseFilter
    public void utf8(MutableHttpResponse<?> response) {
        Object body = RouteAttributes.getHeadBody(response).or(response::getBody).orElse(null);
        if (body instanceof FileCustomizableResponseType file && isText(file.getMediaType())) {
            response.getHeaders().contentType(MediaType.of(file.getMediaType().getName() + ";charset=utf-8"));
        }
    }

    private static boolean isText(MediaType type) {
        return type.getType().equals("text") || TEXT.contains(type.getName());
    }
}
