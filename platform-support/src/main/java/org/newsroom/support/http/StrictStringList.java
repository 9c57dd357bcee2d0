package org.newsroom.support.http;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.ReferencePath;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A list of text items of a request body. Serde would read the item {@code ["x"]} as {@code "x"};
 * here an array or object in place of an item is refused, and the problem body names it
 * ({@code tags[1]}). Being a bean, it is also how serde reads every other {@code List<String>} of a
 * service, replies of other services included: none of them holds anything but text.
 */
@Singleton
public class StrictStringList implements Deserializer<List<String>> {

    private final StrictString items = new StrictString();

    @Override
    public List<String> deserialize(Decoder decoder, DecoderContext context, Argument<? super List<String>> type) throws IOException {
        Decoder array = decoder.decodeArray();
        List<String> list = new ArrayList<>();
        while (array.hasNextArrayValue()) {
            try {
                list.add(items.deserializeNullable(array, context, Argument.STRING));
            } catch (SerdeException e) {
                e.getPath().add(ReferencePath.ofCollection(List.class, type, list.size()));
                throw e;
            }
        }
        array.finishStructure();
        return list;
    }

    @Override
    public List<String> deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super List<String>> type) throws IOException {
        return decoder.decodeNull() ? null : deserialize(decoder, context, type);
    }
}
