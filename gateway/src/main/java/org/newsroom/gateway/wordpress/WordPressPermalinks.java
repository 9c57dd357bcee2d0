package org.newsroom.gateway.wordpress;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.inject.Named;
import org.newsroom.gateway.backend.Backend;
import org.newsroom.gateway.backend.Backends;
import org.newsroom.gateway.backend.Call;
import org.newsroom.gateway.backend.ServiceUnavailable;
import org.newsroom.gateway.http.Identifiers;
import org.newsroom.gateway.pages.ArticlePages;
import org.newsroom.gateway.pages.Links;
import org.newsroom.gateway.pages.MessagePages;
import org.newsroom.gateway.pages.PageNumbers;
import reactor.core.publisher.Mono;


/**
 * The addresses of a WordPress site moved here, so that links to it from search engines, other sites and readers'
 * bookmarks keep working: its posts' permalinks of the built-in structures ("Post name" {@code /{post_name}/}, "Day and
 * name" {@code /2024/03/05/{post_name}/}, "Month and name" {@code /2024/03/{post_name}/}), their comment pages
 * ({@code …/comment-page-2/}) and date-permalink feeds, its tag pages ({@code /tag/{tag}/}, {@code …/page/2/}) and its
 * front page's pages ({@code /page/2/}) answer {@code 301 Moved Permanently} to the page here. The import keeps
 * {@code wp:post_name} as the slug, so a post is moved once articles-service says a published article has it; any other
 * address stays the 404 it was. The gateway's own addresses always win: they are literal routes.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
public class WordPressPermalinks {

    private static final String YEAR = "{year:[0-9][0-9][0-9][0-9]}";
    private static final String MONTH = "{month:[0-9][0-9]}";
    private static final String DAY = "{day:[0-9][0-9]}";
    private static final String POST = "{postName:[a-z0-9-]+}";
    private static final String COMMENT_PAGE = "comment-page-{commentPage:[0-9]+}";
    private static final String PAGE = "{page:[0-9]+}";

    private final Backend articles;
    private final MessagePages messages;

    public WordPressPermalinks(@Named(Backends.ARTICLES) Backend articles, MessagePages messages) {
        this.articles = articles;
        this.messages = messages;
    }

    @Get("/" + POST)
    @Produces(MediaType.ALL)
    public Mono<HttpResponse<?>> postName(String postName, HttpRequest<?> request) {
        return post(postName, null, request);
    }

    @Get("/" + POST + "/" + COMMENT_PAGE)
    @Produces(MediaType.ALL)
    public Mono<HttpResponse<?>> postNameCommentPage(String postName, String commentPage, HttpRequest<?> request) {
        return post(postName, commentPage, request);
    }

    @Get("/" + YEAR + "/" + MONTH + "/" + POST)
    @Produces(MediaType.ALL)
    public Mono<HttpResponse<?>> monthAndName(String year, String month, String postName, HttpRequest<?> request) {
        return post(postName, null, request);
    }

    @Get("/" + YEAR + "/" + MONTH + "/" + POST + "/" + COMMENT_PAGE)
    @Produces(MediaType.ALL)
    public Mono<HttpResponse<?>> monthAndNameCommentPage(String year, String month, String postName, String commentPage, HttpRequest<?> request) {
        return post(postName, commentPage, request);
    }

    @Get("/" + YEAR + "/" + MONTH + "/" + DAY + "/" + POST)
    @Produces(MediaType.ALL)
    public Mono<HttpResponse<?>> dayAndName(String year, String month, String day, String postName, HttpRequest<?> request) {
        return post(postName, null, request);
    }

    @Get("/" + YEAR + "/" + MONTH + "/" + DAY + "/" + POST + "/" + COMMENT_PAGE)
    @Produces(MediaType.ALL)
    public Mono<HttpResponse<?>> dayAndNameCommentPage(String year, String month, String day, String postName, String commentPage, HttpRequest<?> request) {
        return post(postName, commentPage, request);
    }

    @Get("/" + YEAR + "/" + MONTH + "/" + POST + "/feed{/format}")
    @Produces(MediaType.ALL)
    public Mono<HttpResponse<?>> monthAndNameFeed(String year, String month, String postName, @Nullable String format) {
        return WordPressFeedAddresses.postComments(postName, format);
    }

    @Get("/" + YEAR + "/" + MONTH + "/" + DAY + "/" + POST + "/feed{/format}")
    @Produces(MediaType.ALL)
    public Mono<HttpResponse<?>> dayAndNameFeed(String year, String month, String day, String postName, @Nullable String format) {
        return WordPressFeedAddresses.postComments(postName, format);
    }

    @Get("/page/" + PAGE)
    @Produces(MediaType.ALL)
    public Mono<HttpResponse<?>> frontPage(String page) {
        return movedTo(WordPressQueries.front(null, null, PageNumbers.parse(page)));
    }

    @Get("/tag/{tag}{/paged}{/page}")
    @Produces(MediaType.ALL)
    public Mono<HttpResponse<?>> tag(String tag, @Nullable String paged, @Nullable String page) {
        if (tag.isBlank() || (paged != null && (!"page".equals(paged) || page == null || !page.matches("[0-9]+")))) {
            return Mono.empty();
        }
        return movedTo(WordPressQueries.front(tag, null, page == null ? 1 : PageNumbers.parse(page)));
    }

    /** Moved to its article's page when a published article has that slug; else the 404 of an unknown address. */
    private Mono<HttpResponse<?>> post(String postName, @Nullable String commentPage, HttpRequest<?> request) {
        if (!Identifiers.isSlug(postName) || WordPressFeedAddresses.GATEWAY_PATHS.contains(postName)) {
            return Mono.empty();
        }
        int page = commentPage == null ? 1 : PageNumbers.parse(commentPage);
        return articles.get("/articles/" + postName + "/comment-status", Call.anonymous(request))
                .<HttpResponse<?>>flatMap(reply -> reply.isSuccess() ? movedTo(Links.article(postName) + (page > 1 ? "?cpage=" + page : ""))
                        : reply.status() == 404 ? Mono.empty() : unavailable(request))
                .onErrorResume(ServiceUnavailable.class, e -> unavailable(request));
    }

    private Mono<HttpResponse<?>> unavailable(HttpRequest<?> request) {
        return Mono.just(ArticlePages.page(messages.unavailable(), request));
    }

    static Mono<HttpResponse<?>> movedTo(String location) {
        return Mono.just(HttpResponse.status(HttpStatus.MOVED_PERMANENTLY).header("Location", location));
    }
}
