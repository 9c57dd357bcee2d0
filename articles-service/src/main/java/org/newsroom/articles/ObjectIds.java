package org.newsroom.articles;

import java.util.regex.Pattern;

public final class ObjectIds {

    private static final Pattern HEX_24 = Pattern.compile("[0-9a-f]{24}");

    private ObjectIds() {
    }

    public static boolean isValid(String id) {
        return id != null && HEX_24.matcher(id).matches();
    }
}
