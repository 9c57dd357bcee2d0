package org.newsroom.support.http;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.exceptions.response.HtmlErrorResponseBodyProvider;
import jakarta.inject.Singleton;

/**
 * Error answers are {@code application/problem+json} whatever the request accepts. Micronaut would
 * answer a browser ({@code Accept: text/html}) with an HTML page naming no field. Only where
 * {@code problem.web-pages} is on (the gateway) does a browser asking for a page outside
 * {@code /api/} get the HTML error page instead.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class ProblemResponses implements ErrorResponseProcessor<Object> {

    private static final String API = "/api/";

    private final ProblemBodyProvider problems;
    private final HtmlErrorResponseBodyProvider pages;
    private final boolean webPages;

    public ProblemResponses(ProblemBodyProvider problems, HtmlErrorResponseBodyProvider pages,
                            @Value("${problem.web-pages:false}") boolean webPages) {
        this.problems = problems;
        this.pages = pages;
        this.webPages = webPages;
    }

    @Override
    public MutableHttpResponse<Object> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        @SuppressWarnings("unchecked")
        MutableHttpResponse<Object> answer = (MutableHttpResponse<Object>) response;
        HttpRequest<?> request = context.getRequest();
        CodecRefusal.of(request).ifPresent(refusal -> answer.status(refusal.status));
        if (request.getMethod() == HttpMethod.HEAD) {
            return answer;
        }
        boolean page = webPages && wantsAPage(request);
        Object body = page ? pages.body(context, response) : problems.body(context, response);
        answer.body(body);
        return answer.contentType(page ? pages.contentType() : problems.contentType());
    }

    private static boolean wantsAPage(HttpRequest<?> request) {
        return !request.getPath().startsWith(API)
                && request.accept().stream().anyMatch(ProblemResponses::isHtml)
                && request.accept().stream().noneMatch(type -> type.matchesExtension(MediaType.EXTENSION_JSON));
    }

    /** What browsers and readers ask for a page with: {@code text/html}, {@code application/xhtml+xml} or {@code text/*}. */
    private static boolean isHtml(MediaType type) {
        String name = type.getName();
        return name.equals(MediaType.TEXT_HTML) || name.equals(MediaType.APPLICATION_XHTML) || name.equals("text/*");
    }
}
