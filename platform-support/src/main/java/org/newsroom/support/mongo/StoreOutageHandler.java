package org.newsroom.support.mongo;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/**
 * In every service with a database: one that cannot be reached is an outage the gateway can
 * recognise (503), not a bug (500): a socket error, a timeout, or a connection pool the driver
 * paused after another operation's socket error. No driver message reaches the client.
 */
@Singleton
@Requires(classes = MongoException.class)
@Produces
public class StoreOutageHandler implements ExceptionHandler<MongoException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> errors;

    public StoreOutageHandler(ErrorResponseProcessor<?> errors) {
        this.errors = errors;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, MongoException exception) {
        boolean unreachable = exception instanceof MongoSocketException || exception instanceof MongoTimeoutException
                || exception instanceof MongoConnectionPoolClearedException;
        HttpStatus status = unreachable ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.INTERNAL_SERVER_ERROR;
        return errors.processResponse(ErrorContext.builder(request).cause(exception).build(), HttpResponse.status(status));
    }
}
