package org.newsroom.gateway.http;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.filter.FilterContinuation;
import io.micronaut.http.server.annotation.PreMatching;
import io.micronaut.http.server.cors.CorsFilter;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * A refusal that Micronaut answers before any route goes out without a body: its CORS filter refuses (403) the
 * preflight of a method the path does not take. It gets what every other error gets, the problem, or for a
 * browser asking for a page outside {@code /api/} the HTML page. Only preflights (OPTIONS) pass through here.
 */
@ServerFilter(value = ServerFilter.MATCH_ALL_PATTERN, methods = HttpMethod.OPTIONS)
public class ExplainedRefusals implements Ordered {

    private final ErrorResponseProcessor<?> errors;

    public ExplainedRefusals(ErrorResponseProcessor<?> errors) {
        this.errors = errors;
    }

    @PreMatching
    @RequestFilter
    public Publisher<MutableHttpResponse<?>> explain(HttpRequest<?> request, FilterContinuation<Publisher<MutableHttpResponse<?>>> next) {
        return Mono.from(next.proceed()).map(response -> response.code() >= 400 && response.getBody().isEmpty() ? errors.processResponse(context(request, response.code()), response) : response);
    }

    private static ErrorContext context(HttpRequest<?> request, int status) {
        String method = request.getMethod() == HttpMethod.OPTIONS ? request.getHeaders().get(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) : null;
        return method == null ? ErrorContext.builder(request).build() : ErrorContext.builder(request)
                .cause(new HttpStatusException(HttpStatus.valueOf(status), "This path takes no " + method + " requests.")).build();
    }

    /** Around Micronaut's CORS filter, which answers preflights before routes are matched. */
    @Override
    public int getOrder() {
        return CorsFilter.CORS_FILTER_ORDER - 1;
    }
}
