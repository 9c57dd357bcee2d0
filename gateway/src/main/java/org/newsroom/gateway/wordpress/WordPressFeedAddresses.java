package org.newsroom.gateway.wordpress;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import org.newsroom.gateway.http.Identifiers;
import org.newsroom.gateway.pages.FeedPaths;
import reactor.core.publisher.Mono;

import java.util.Set;

/**
 * The feed addresses of a WordPress site moved here, so that its subscribers keep their feeds: {@code /feed/} (and
 * {@code /feed/atom/}, {@code /feed/rss2/}, {@code /feed/rss/}, {@code /feed/rdf/}, with or without the slash) → 301 to
 * the site feed, {@code /comments/feed/} likewise to the site comments feed, and a post's {@code /{post_name}/feed/} to
 * its article's comments feed: the import keeps {@code wp:post_name} as the slug. Anything else is the 404 of a path
 * the site does not have, the gateway's own first path segments ({@code /api/feed}, {@code /health/feed}) included.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
public class WordPressFeedAddresses {

    private static final Set<String> FORMATS = Set.of("atom", "rss2", "rss", "rdf");
    static final Set<String> GATEWAY_PATHS = Set.of("api", "articles", "comments", "editor", "feed", "health", "moderation",
            "notifications", "prometheus", "sitemaps", "static", "swagger", "swagger-ui");

    @Get("/feed{/format}")
    @Produces(MediaType.ALL)
    public Mono<HttpResponse<?>> site(@Nullable String format) {
        return movedTo(FeedPaths.ARTICLES, format);
    }

    @Get("/comments/feed{/format}")
    @Produces(MediaType.ALL)
    public Mono<HttpResponse<?>> siteComments(@Nullable String format) {
        return movedTo(FeedPaths.COMMENTS, format);
    }

    @Get("/{postName}/feed{/format}")
    @Produces(MediaType.ALL)
    public Mono<HttpResponse<?>> postCommentsFeed(String postName, @Nullable String format) {
        return postComments(postName, format);
    }

    /** A post's feed, also under its date permalinks ({@link WordPressPermalinks}). */
    static Mono<HttpResponse<?>> postComments(String postName, @Nullable String format) {
        if (!Identifiers.isSlug(postName) || GATEWAY_PATHS.contains(postName)) {
            return Mono.empty();
        }
        return movedTo(FeedPaths.articleComments(postName), format);
    }

    /** Empty, Micronaut's 404 of an unknown path, for a format WordPress does not have. */
    private static Mono<HttpResponse<?>> movedTo(String feed, @Nullable String format) {
        if (format != null && !FORMATS.contains(format)) {
            return Mono.empty();
        }
        return Mono.just(HttpResponse.status(HttpStatus.MOVED_PERMANENTLY).header("Location", feed));
    }
}
