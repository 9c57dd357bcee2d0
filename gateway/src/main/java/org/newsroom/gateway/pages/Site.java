package org.newsroom.gateway.pages;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The site as readers and crawlers know it: {@code SITE_NAME}, and {@code SITE_URL}, the public base
 * of every absolute link (canonical, feeds, sitemap). A malformed SITE_URL stops the start.
 */
@Singleton
public class Site {

    private final String url;
    private final String name;
    private final String host;

    public Site(@Value("${site.url:}") String url, @Value("${site.name:The Daily Platform}") String name,
                @Value("${micronaut.server.port:8080}") int port) {
        String base = url.isBlank() ? "http://localhost:" + (port > 0 ? port : 8080) : url.trim();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        try {
            URI parsed = new URI(base);
            if (!("http".equals(parsed.getScheme()) || "https".equals(parsed.getScheme())) || parsed.getHost() == null
                    || parsed.getQuery() != null || parsed.getFragment() != null) {
                throw new URISyntaxException(base, "not an http(s) base URL");
            }
            this.host = parsed.getHost();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("SITE_URL: not an absolute http(s) URL: " + url, e);
        }
        this.url = base;
        this.name = name.isBlank() ? "The Daily Platform" : name.trim();
    }

    /** The base URL without a trailing slash. */
    public String url() {
        return url;
    }

    public String name() {
        return name;
    }

    public String host() {
        return host;
    }

    /** {@code path} (starting with '/') as an absolute URL of the site. */
    public String absolute(String path) {
        return url + path;
    }

    public String articlePath(String slug) {
        return "/articles/" + slug;
    }

    public String articleUrl(String slug) {
        return absolute(articlePath(slug));
    }
}
