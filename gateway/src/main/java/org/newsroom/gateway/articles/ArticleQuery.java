package org.newsroom.gateway.articles;

import io.micronaut.core.annotation.Nullable;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** What a list page asks for; also its key in the view cache. */
public record ArticleQuery(int page, int size, @Nullable String tag, @Nullable String q, @Nullable String status) {

    public String path() {
        StringBuilder path = new StringBuilder("/articles?page=").append(page).append("&size=").append(size);
        append(path, "tag", tag);
        append(path, "q", q);
        append(path, "status", status);
        return path.toString();
    }

    private static void append(StringBuilder path, String name, @Nullable String value) {
        if (value != null) {
            path.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
