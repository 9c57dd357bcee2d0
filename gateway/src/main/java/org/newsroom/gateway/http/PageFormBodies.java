package org.newsroom.gateway.http;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import org.newsroom.support.http.LargerBodies;

import java.util.OptionalLong;

/**
 * A page's form may be larger than a JSON body: urlencoding writes up to nine bytes for one character,
 * so a comment of 10,000 characters in any script, with its name and web site, takes up to about 96 KB.
 * The JSON API keeps its 64 KiB; what a form carries is checked again by the services' own rules.
 */
@Singleton
public class PageFormBodies implements LargerBodies {

    private static final long MAX_BYTES = 131_072;

    @Override
    public OptionalLong maxBytes(HttpRequest<?> request) {
        return request.getMethod() == HttpMethod.POST && PageForms.isPageRequest(request) ? OptionalLong.of(MAX_BYTES) : OptionalLong.empty();
    }
}
