package org.newsroom.gateway.pages;

import io.micronaut.core.annotation.Nullable;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** An {@code application/x-www-form-urlencoded} body read into its fields (the first value of each); empty when it is not one. */
public final class FormFields {

    private FormFields() {
    }

    public static Optional<Map<String, String>> parse(@Nullable byte[] body) {
        Map<String, String> fields = new HashMap<>();
        if (body == null || body.length == 0) {
            return Optional.of(fields);
        }
        try {
            for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                fields.putIfAbsent(name, value);
            }
        } catch (IllegalArgumentException malformedEscape) {
            return Optional.empty();
        }
        return Optional.of(fields);
    }

    /**
     * The fields' size once decoded (UTF-8 names and values), what the JSON API's 64 KiB limit weighs: a form
     * may be larger on the wire only because urlencoding takes up to nine bytes for one character.
     */
    public static long decodedBytes(Map<String, String> fields) {
        long bytes = 0;
        for (Map.Entry<String, String> field : fields.entrySet()) {
            bytes += utf8Length(field.getKey()) + utf8Length(field.getValue());
        }
        return bytes;
    }

    private static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }
}
