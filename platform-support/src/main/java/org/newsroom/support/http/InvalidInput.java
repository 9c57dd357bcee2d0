package org.newsroom.support.http;

import java.util.List;

/** Input that passed the JSON and bean constraints but breaks a rule of the domain: answered 400. */
public class InvalidInput extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidInput(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public InvalidInput(List<FieldError> errors) {
        super(errors.get(0).field() + " " + errors.get(0).message(), null, false, false);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
