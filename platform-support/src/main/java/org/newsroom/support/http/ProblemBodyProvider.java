package org.newsroom.support.http;

import com.fasterxml.jackson.core.JacksonException;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.annotation.Body;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import io.micronaut.serde.config.annotation.SerdeConfig;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.MapItemReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns every error answer into {@code application/problem+json}. Details come only from our own
 * exceptions and constraint messages; anything else gets a generic sentence, so no stack trace,
 * class name or driver message ever reaches a client.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
public class ProblemBodyProvider implements JsonErrorResponseBodyProvider<Problem> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemBodyProvider.class);
    /** Jackson's words for a key given twice (STRICT_DUPLICATE_DETECTION); the name is shown only when short and plain. */
    private static final Pattern DUPLICATE_KEY = Pattern.compile("^Duplicate field '([A-Za-z0-9_]{1,64})'");

    @Override
    public String contentType() {
        return Problem.CONTENT_TYPE;
    }

    @Override
    public Problem body(ErrorContext context, HttpResponse<?> response) {
        int status = response.code();
        String title = HttpStatus.valueOf(status).getReason();
        Throwable cause = context.getRootCause().orElse(null);
        if (status >= 500) {
            if (cause != null) {
                LOG.error("Request {} {} failed", context.getRequest().getMethod(), context.getRequest().getPath(), cause);
            }
            return new Problem("about:blank", title, status, "The server could not complete the request.", null);
        }
        if (status == HttpStatus.METHOD_NOT_ALLOWED.getCode()) {
            return new Problem("about:blank", title, status, notAllowed(response), null);
        }
        List<FieldError> errors = fieldErrors(cause);
        String detail = cause == null ? CodecRefusal.of(context.getRequest()).map(refusal -> refusal.detail).orElse(null) : null;
        return new Problem("about:blank", title, status, detail != null ? detail : detail(status, cause, errors),
                errors.isEmpty() ? null : errors);
    }

    /** Micronaut's sentence names the request's method: a HEAD is counted as long as the GET it stands for. */
    static String notAllowed(HttpResponse<?> response) {
        List<String> allowed = response.getHeaders().getAll(HttpHeaders.ALLOW);
        return "This method is not allowed here" + (allowed.isEmpty() ? "." : "; allowed: " + String.join(", ", allowed) + ".");
    }

    private static String detail(int status, Throwable cause, List<FieldError> errors) {
        if (cause instanceof BodyTooLarge) {
            return cause.getMessage();
        }
        if (cause instanceof HttpStatusException statusException && statusException.getMessage() != null) {
            return statusException.getMessage();
        }
        if (!errors.isEmpty()) {
            FieldError first = errors.get(0);
            return errors.size() == 1 ? first.field() + ": " + first.message() : "Some fields are invalid.";
        }
        return switch (status) {
            case 400 -> "The request is malformed.";
            case 401 -> "Authentication is required.";
            case 403 -> "You are not allowed to do this.";
            case 404 -> "Nothing was found here.";
            case 405 -> "This method is not allowed here.";
            case 413 -> "The request body is too large.";
            case 415 -> "This content type is not supported.";
            default -> HttpStatus.valueOf(status).getReason() + ".";
        };
    }

    private static List<FieldError> fieldErrors(Throwable cause) {
        if (cause instanceof InvalidInput invalid) {
            return invalid.errors();
        }
        if (cause instanceof ConstraintViolationException violations) {
            List<FieldError> errors = new ArrayList<>();
            for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
                errors.add(new FieldError(fieldName(violation.getPropertyPath()), violation.getMessage()));
            }
            errors.sort(Comparator.comparing(FieldError::field));
            return errors;
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof SerdeException serde && !serde.getPath().isEmpty()) {
                return List.of(new FieldError(jsonPath(serde.getPath()), "has the wrong type or format"));
            }
            Matcher duplicate = t instanceof JacksonException && t.getMessage() != null ? DUPLICATE_KEY.matcher(t.getMessage()) : null;
            if (duplicate != null && duplicate.find()) {
                return List.of(new FieldError(duplicate.group(1), "is given more than once"));
            }
        }
        if (cause instanceof ConversionErrorException conversion) {
            return isWholeBody(conversion.getArgument()) ? List.of(new FieldError("body", "must be a JSON object with the documented fields, each of its type"))
                    : List.of(new FieldError(conversion.getArgument().getName(), "has an invalid value"));
        }
        if (cause instanceof UnsatisfiedArgumentException unsatisfied) {
            return List.of(new FieldError(isWholeBody(unsatisfied.getArgument()) ? "body" : unsatisfied.getArgument().getName(), "is required"));
        }
        return List.of();
    }

    /** A controller's parameter bound from the whole body: its name is ours, not the client's. */
    private static boolean isWholeBody(Argument<?> argument) {
        return argument.getAnnotationMetadata().hasAnnotation(Body.class)
                && argument.getAnnotationMetadata().stringValue(Body.class).isEmpty();
    }

    private static String jsonPath(List<ReferencePath> path) {
        StringBuilder name = new StringBuilder();
        for (int i = path.size() - 1; i >= 0; i--) {
            ReferencePath step = path.get(i);
            if (step instanceof CollectionItemReferencePath item) {
                name.append('[').append(item.index()).append(']');
            } else if (step instanceof MapItemReferencePath entry) {
                name.append('.').append(entry.key());
            } else {
                name.append(name.length() == 0 ? "" : ".").append(jsonName(step.getArgument()));
            }
        }
        return name.toString();
    }

    /** The name a client uses: a renamed property's JSON name, not the Java one. */
    private static String jsonName(Argument<?> argument) {
        return argument.getAnnotationMetadata().stringValue(SerdeConfig.class, SerdeConfig.PROPERTY).orElse(argument.getName());
    }

    static String fieldName(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            boolean wrapper = node.getKind() == ElementKind.METHOD
                    || node.getKind() == ElementKind.CONSTRUCTOR
                    || (node.getKind() == ElementKind.PARAMETER && i < nodes.size() - 1);
            if (wrapper || node.getName() == null || node.getName().startsWith("<")) {
                if (node.getIndex() != null && name.length() > 0) {
                    name.append('[').append(node.getIndex()).append(']');
                }
                continue;
            }
            if (name.length() > 0) {
                name.append('.');
            }
            name.append(node.getName());
        }
        return name.length() == 0 ? "body" : name.toString();
    }
}
