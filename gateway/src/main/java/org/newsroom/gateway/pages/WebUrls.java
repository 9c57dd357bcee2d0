package org.newsroom.gateway.pages;

import io.micronaut.core.annotation.Nullable;

import java.util.regex.Pattern;

/** Only http(s) addresses become links; anything else (a {@code javascript:} URL, say) is dropped. */
final class WebUrls {

    private static final Pattern WEB_URL = Pattern.compile("https?://[^\\s\"'<>]+", Pattern.CASE_INSENSITIVE);

    private WebUrls() {
    }

    @Nullable
    static String orNull(@Nullable String url) {
        return url != null && WEB_URL.matcher(url).matches() ? url : null;
    }
}
