package org.newsroom.support.mongo;

import com.mongodb.MongoClientException;
import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoException;
import com.mongodb.MongoSocketReadException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import com.mongodb.connection.ClusterId;
import com.mongodb.connection.ServerId;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StoreOutageHandlerTest {

    private final StoreOutageHandler handler = new StoreOutageHandler((context, response) -> response.body(null));

    private HttpStatus statusFor(MongoException exception) {
        return handler.handle(HttpRequest.GET("/articles"), exception).getStatus();
    }

    @Test
    void aDatabaseThatCannotBeReachedIsAnOutage() {
        assertEquals(HttpStatus.SERVICE_UNAVAILABLE, statusFor(new MongoTimeoutException("timed out")));
        assertEquals(HttpStatus.SERVICE_UNAVAILABLE, statusFor(new MongoSocketReadException("end of stream", new ServerAddress())));
    }

    @Test
    void aPoolPausedAfterAnotherOperationLostItsConnectionIsAnOutageToo() {
        ServerId server = new ServerId(new ClusterId("comments"), new ServerAddress());
        MongoConnectionPoolClearedException paused = new MongoConnectionPoolClearedException(server,
                new MongoSocketReadException("end of stream", new ServerAddress()));

        assertEquals(HttpStatus.SERVICE_UNAVAILABLE, statusFor(paused));
    }

    @Test
    void anyOtherDriverErrorIsABug() {
        assertEquals(HttpStatus.INTERNAL_SERVER_ERROR, statusFor(new MongoClientException("state should be: open")));
    }
}
