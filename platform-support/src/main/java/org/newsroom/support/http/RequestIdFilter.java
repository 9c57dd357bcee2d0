package org.newsroom.support.http;

import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an {@code X-Request-Id}: the caller's when it is 1 to 200 visible ASCII
 * characters (a UUID, a base64 id, a tracing header's value; no space or control character, which
 * could forge a log line), else a new one. It is echoed on the response and put in the logging context of everything the request does.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RequestIdFilter implements Ordered {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern SANE = Pattern.compile("[\\x21-\\x7E]{1,200}");

    @RequestFilter
    public void tagRequest(HttpRequest<?> request, MutablePropagatedContext propagatedContext) {
        String given = request.getHeaders().get(HEADER);
        String id = given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
        request.setAttribute(HEADER, id);
        propagatedContext.add(new RequestIdLogContext(id));
    }

    @ResponseFilter
    public void tagResponse(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(HEADER, String.class).ifPresent(id -> response.header(HEADER, id));
    }

    public static String of(HttpRequest<?> request) {
        return request.getAttribute(HEADER, String.class).orElse(null);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }
}
