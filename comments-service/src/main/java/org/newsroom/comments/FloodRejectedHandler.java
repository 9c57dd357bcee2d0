package org.newsroom.comments;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

@Singleton
@Produces
public class FloodRejectedHandler implements ExceptionHandler<FloodRejected, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> errors;

    public FloodRejectedHandler(ErrorResponseProcessor<?> errors) {
        this.errors = errors;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, FloodRejected exception) {
        var cause = new HttpStatusException(HttpStatus.TOO_MANY_REQUESTS, exception.getMessage());
        return errors.processResponse(ErrorContext.builder(request).cause(cause).build(),
                HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", String.valueOf(exception.retryAfterSeconds())));
    }
}
