package org.newsroom.support.http;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

@Singleton
@Produces
@Requires(classes = {InvalidInput.class, ExceptionHandler.class})
public class InvalidInputHandler implements ExceptionHandler<InvalidInput, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> errors;

    public InvalidInputHandler(ErrorResponseProcessor<?> errors) {
        this.errors = errors;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, InvalidInput exception) {
        return errors.processResponse(ErrorContext.builder(request).cause(exception).build(), HttpResponse.badRequest());
    }
}
