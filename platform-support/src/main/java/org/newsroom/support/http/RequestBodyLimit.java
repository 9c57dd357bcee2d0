package org.newsroom.support.http;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.http.filter.ServerFilterPhase;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The body limits of one server: bodies over {@code body-limit.max-bytes} are refused with 413,
 * except on the role-protected import paths under {@code body-limit.import-path}, which take up to
 * the server's own {@code micronaut.server.max-request-size} (Netty enforces that one), and those a
 * {@link LargerBodies} bean gives a limit of their own. A declared
 * length is judged before the body is read; a chunked body is counted as it arrives. Either way the
 * refusal is a {@link BodyTooLarge}, the kind of error Netty's own limit raises, answered 413.
 */
@Filter(Filter.MATCH_ALL_PATTERN)
@Requires(property = "body-limit.max-bytes")
public class RequestBodyLimit implements HttpServerFilter {

    private final long maxBytes;
    private final String importPath;
    @Nullable
    private final LargerBodies largerBodies;

    public RequestBodyLimit(@Value("${body-limit.max-bytes}") long maxBytes, @Value("${body-limit.import-path}") String importPath,
                            @Nullable LargerBodies largerBodies) {
        this.maxBytes = maxBytes;
        this.importPath = importPath;
        this.largerBodies = largerBodies;
    }

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        if (request.getPath().startsWith(importPath)) {
            return chain.proceed(request);
        }
        long limit = largerBodies == null ? maxBytes : largerBodies.maxBytes(request).orElse(maxBytes);
        long declared = request.getContentLength();
        if (declared > limit) {
            return tooLarge(limit);
        }
        if (declared >= 0 || !request.getHeaders().contains(HttpHeaders.TRANSFER_ENCODING)
                || !(request instanceof ServerHttpRequest<?> server)) {
            return chain.proceed(request);
        }
        return Flux.from(server.byteBody().split(ByteBody.SplitBackpressureMode.FASTEST).toByteArrayPublisher())
                .scan(0L, (total, chunk) -> total + chunk.length)
                .any(total -> total > limit)
                .flatMapMany(over -> over ? tooLarge(limit) : chain.proceed(request));
    }

    /** The error Netty's own limit raises, so that a route's handler for it (a page's form) answers as for that one. */
    private static Mono<MutableHttpResponse<?>> tooLarge(long limit) {
        return Mono.error(new BodyTooLarge(limit));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after();
    }
}
