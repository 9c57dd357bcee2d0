package org.newsroom.support.http;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.body.MessageBodyHandlerRegistry;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.exceptions.response.HtmlErrorResponseBodyProvider;
import jakarta.inject.Singleton;

import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Error answers are {@code application/problem+json} whatever the request accepts. Micronaut would
 * answer a browser ({@code Accept: text/html}) with an HTML page naming no field. Only where
 * {@code problem.web-pages} is on (the gateway) does a browser asking for a page outside
 * {@code /api/} get the HTML error page instead. A HEAD gets the headers of the GET, the body's
 * length included, without the body.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class ProblemResponses implements ErrorResponseProcessor<Object> {

    private static final String API = "/api/";

    private final ProblemBodyProvider problems;
    private final HtmlErrorResponseBodyProvider pages;
    private final MessageBodyHandlerRegistry writers;
    private final boolean webPages;

    public ProblemResponses(ProblemBodyProvider problems, HtmlErrorResponseBodyProvider pages, MessageBodyHandlerRegistry writers,
                            @Value("${problem.web-pages:false}") boolean webPages) {
        this.problems = problems;
        this.pages = pages;
        this.writers = writers;
        this.webPages = webPages;
    }

    @Override
    public MutableHttpResponse<Object> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        @SuppressWarnings("unchecked")
        MutableHttpResponse<Object> answer = (MutableHttpResponse<Object>) response;
        HttpRequest<?> request = context.getRequest();
        CodecRefusal.of(request).ifPresent(refusal -> answer.status(refusal.status));
        boolean page = webPages && wantsAPage(request);
        Object body = page ? pages.body(sameForEveryMethod(context, response), response) : problems.body(context, response);
        MediaType type = MediaType.of(page ? pages.contentType() : problems.contentType());
        answer.contentType(type);
        if (request.getMethod() == HttpMethod.HEAD) {
            // Micronaut would drop the body of a HEAD uncounted (and close the connection): its length is what a GET gets
            return answer.contentLength(encoded(body, type, answer).length);
        }
        return answer.body(body);
    }

    private static ErrorContext sameForEveryMethod(ErrorContext context, MutableHttpResponse<?> response) {
        return response.code() != HttpStatus.METHOD_NOT_ALLOWED.getCode() ? context
                : ErrorContext.builder(context.getRequest()).errorMessage(ProblemBodyProvider.notAllowed(response)).build();
    }

    @SuppressWarnings("unchecked")
    private byte[] encoded(Object body, MediaType type, MutableHttpResponse<?> answer) {
        Argument<Object> argument = Argument.of((Class<Object>) body.getClass());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writers.getWriter(argument, List.of(type)).writeTo(argument, type, body, answer.getHeaders(), bytes);
        return bytes.toByteArray();
    }

    private static boolean wantsAPage(HttpRequest<?> request) {
        return !request.getPath().startsWith(API)
                && request.accept().stream().anyMatch(ProblemResponses::isHtml)
                && request.accept().stream().noneMatch(type -> type.matchesExtension(MediaType.EXTENSION_JSON));
    }

    /** What browsers and readers ask for a page with: {@code text/html}, {@code application/xhtml+xml} or {@code text/*}, in any case. */
    private static boolean isHtml(MediaType type) {
        String name = type.getName();
        return name.equalsIgnoreCase(MediaType.TEXT_HTML) || name.equalsIgnoreCase(MediaType.APPLICATION_XHTML) || name.equals("text/*");
    }
}
