package org.newsroom.gateway.wordpress;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpParameters;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import org.newsroom.gateway.pages.FeedPaths;
import org.newsroom.gateway.pages.Links;
import org.newsroom.gateway.pages.PageNumbers;

import java.util.Map;

/**
 * The query forms of a WordPress front page moved here: a search {@code /?s=words} → {@code /?q=words}, a page of
 * the list {@code /?paged=2} → {@code /?page=2} (with {@code tag} kept), and the feeds {@code /?feed=rss2} (or
 * {@code atom}, {@code rss}, {@code rdf}) → the site feed and {@code /?feed=comments-rss2} (or
 * {@code comments-atom}) → the site comments feed, each a {@code 301 Moved Permanently}. Any other front page is
 * left as it is, this site's own {@code ?q=}, {@code ?tag=} and {@code ?page=} included.
 */
@ServerFilter("/")
public class WordPressQueries {

    private static final Map<String, String> FEEDS = Map.of("rss2", FeedPaths.ARTICLES, "atom", FeedPaths.ARTICLES,
            "rss", FeedPaths.ARTICLES, "rdf", FeedPaths.ARTICLES,
            "comments-rss2", FeedPaths.COMMENTS, "comments-atom", FeedPaths.COMMENTS);

    @RequestFilter
    @Nullable
    public HttpResponse<?> moveWordPressQueries(HttpRequest<?> request) {
        if (request.getMethod() != HttpMethod.GET && request.getMethod() != HttpMethod.HEAD) {
            return null;
        }
        String location = movedTo(request.getParameters());
        return location == null ? null : HttpResponse.status(HttpStatus.MOVED_PERMANENTLY).header("Location", location);
    }

    @Nullable
    static String movedTo(HttpParameters parameters) {
        String feed = parameters.get("feed");
        if (feed != null) {
            return FEEDS.get(feed.strip());
        }
        String words = parameters.get("s");
        String paged = parameters.get("paged");
        if (words == null && paged == null) {
            return null;
        }
        String tag = parameters.get("tag");
        String ownWords = parameters.get("q");
        return front(tag, words != null ? words : ownWords, PageNumbers.parse(paged != null ? paged : parameters.get("page")));
    }

    /** The front page's list, of a tag or a search when given. */
    static String front(@Nullable String tag, @Nullable String words, int page) {
        return Links.front(page, tag == null ? "" : Links.tagKey(tag), words == null ? "" : words.strip());
    }
}
