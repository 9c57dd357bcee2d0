package org.newsroom.gateway.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.uri.UriBuilder;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A page number too large for the routes to read ({@code page=2147483648} and up) is a page past the last, as the
 * contract says of any such page: it is asked for as the largest page there is, so the answer is a 200 with no items.
 */
@ServerFilter("/api/**")
public class PagesPastAnyStore {

    private static final Pattern ONLY_DIGITS = Pattern.compile("[0-9]+");
    private static final String LARGEST = String.valueOf(Integer.MAX_VALUE);

    @RequestFilter
    @Nullable
    public HttpRequest<?> askForTheLargestPage(HttpRequest<?> request) {
        if (request.getMethod() != HttpMethod.GET && request.getMethod() != HttpMethod.HEAD) {
            return null;
        }
        List<String> pages = request.getParameters().getAll("page");
        if (pages.size() != 1 || !beyondAnInt(pages.get(0))) {
            return null;
        }
        return request.mutate().uri(UriBuilder.of(request.getUri()).replaceQueryParam("page", LARGEST).build());
    }

    private static boolean beyondAnInt(String number) {
        if (!ONLY_DIGITS.matcher(number).matches()) {
            return false;
        }
        String significant = number.replaceFirst("^0+(?=.)", "");
        return significant.length() > LARGEST.length()
                || significant.length() == LARGEST.length() && significant.compareTo(LARGEST) > 0;
    }
}
