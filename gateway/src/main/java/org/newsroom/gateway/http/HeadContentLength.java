package org.newsroom.gateway.http;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.RouteAttributes;

/**
 * A HEAD gets the Content-Length a GET of the same path would: Micronaut sets the route's body aside for a HEAD,
 * before it would count it. Pages, feeds and the API's answers are finished bytes, so their length is known.
 */
@ServerFilter(value = "/**", methods = HttpMethod.HEAD)
public class HeadContentLength {

    @ResponseFilter
    public void countBody(MutableHttpResponse<?> response) {
        if (RouteAttributes.getHeadBody(response).orElse(null) instanceof byte[] body && response.getHeaders().contentLength().isEmpty()) {
            response.contentLength(body.length);
        }
    }
}
