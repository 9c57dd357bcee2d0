package org.newsroom.gateway.backend;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/** Reads what the services answer into the gateway's own records, and writes the gateway's answers. */
@Singleton
public class JsonCodec {

    private final JsonMapper mapper;

    public JsonCodec(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /** The body as a {@code type}, or empty when it is not JSON of that shape: a broken service is not the reader's fault. */
    public <T> Optional<T> read(byte[] body, Class<T> type) {
        try {
            return Optional.ofNullable(mapper.readValue(body, type));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The body as a list of {@code type}, or an empty list when it is not one. */
    public <T> List<T> readList(byte[] body, Class<T> type) {
        try {
            List<T> list = mapper.readValue(body, Argument.listOf(type));
            return list == null ? List.of() : list;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    public byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
