package org.newsroom.support.http;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class ProblemBodyProviderTest {

    private static ApplicationContext context;
    private static final ProblemBodyProvider PROVIDER = new ProblemBodyProvider();
    private static final HttpRequest<?> REQUEST = HttpRequest.GET("/things");

    @Introspected
    record Thing(@NotBlank String title, @Size(max = 2) List<String> tags) {
    }

    @BeforeAll
    static void start() {
        context = ApplicationContext.builder().properties(java.util.Map.of("embedded-mongo.persistent", false)).start();
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    private static Problem problemFor(Throwable cause, HttpStatus status) {
        return PROVIDER.body(ErrorContext.builder(REQUEST).cause(cause).build(), HttpResponse.status(status));
    }

    @Test
    void constraintViolationsNameTheFieldsWithoutMethodOrParameterNames() {
        Validator validator = context.getBean(Validator.class);
        var violations = validator.validate(new Thing(" ", List.of("a", "b", "c")));

        Problem problem = problemFor(new ConstraintViolationException(violations), HttpStatus.BAD_REQUEST);

        assertEquals(400, problem.status());
        assertEquals(List.of("tags", "title"), problem.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void invalidInputKeepsItsFieldAndMessage() {
        Problem problem = problemFor(new InvalidInput("parentId", "must be a visible comment"), HttpStatus.BAD_REQUEST);

        assertEquals("parentId", problem.errors().get(0).field());
        assertEquals("parentId: must be a visible comment", problem.detail());
    }

    @Test
    void serverErrorsNeverShowTheirCause() {
        Problem problem = problemFor(new IllegalStateException("com.mongodb.MongoTimeoutException at 10.0.0.3"),
                HttpStatus.INTERNAL_SERVER_ERROR);

        assertEquals("The server could not complete the request.", problem.detail());
        assertNull(problem.errors());
        assertFalse(problem.toString().contains("mongodb"));
    }

    @Test
    void ownStatusExceptionsGiveTheDetail() {
        Problem problem = problemFor(new HttpStatusException(HttpStatus.CONFLICT, "The slug is taken."), HttpStatus.CONFLICT);

        assertEquals("Conflict", problem.title());
        assertEquals("The slug is taken.", problem.detail());
    }

    @Test
    void foreignExceptionsOnClientErrorsGetAGenericDetail() {
        Problem problem = problemFor(new RuntimeException("org.bson.BsonInvalidOperationException: boom"), HttpStatus.BAD_REQUEST);

        assertEquals("The request is malformed.", problem.detail());
    }

    @Test
    void methodNotAllowedNamesWhatIsAllowedNotTheMethodAsked() {
        Problem problem = PROVIDER.body(ErrorContext.builder(HttpRequest.HEAD("/things"))
                        .cause(new HttpStatusException(HttpStatus.METHOD_NOT_ALLOWED, "Method [HEAD] not allowed for URI [/things]")).build(),
                HttpResponse.status(HttpStatus.METHOD_NOT_ALLOWED).header("Allow", "POST"));

        assertEquals("This method is not allowed here; allowed: POST.", problem.detail());
    }
}
