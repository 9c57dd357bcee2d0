package org.newsroom.support.http;

import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * A text field of a request body. Serde would read {@code ["x"]} as {@code "x"}; here an array or
 * object is refused, which the problem body reports as a 400 naming the field.
 */
@Singleton
public class StrictString implements Deserializer<String> {

    @Override
    public String deserialize(Decoder decoder, DecoderContext context, Argument<? super String> type) throws IOException {
        JsonNode value = decoder.decodeNode();
        if (value.isString()) {
            return value.getStringValue();
        }
        if (value.isNumber() || value.isBoolean()) {
            return value.coerceStringValue();
        }
        throw decoder.createDeserializationException("must be a string", null);
    }

    @Override
    public String deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super String> type) throws IOException {
        return decoder.decodeNull() ? null : deserialize(decoder, context, type);
    }
}
