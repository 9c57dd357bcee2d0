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
import io.micronaut.serde.annotation.Serdeable;
import org.newsroom.gateway.articles.ArticleQuery;
import org.newsroom.gateway.backend.Backend;
import org.newsroom.gateway.backend.Backends;
import org.newsroom.gateway.backend.Call;
import org.newsroom.gateway.backend.JsonCodec;
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
    private final JsonCodec json;

    public WordPressPermalinks(@Named(Backends.ARTICLES) Backend articles, MessagePages messages, JsonCodec json) {
        this.articles = articles;
        this.messages = messages;
        this.json = json;
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

    /**
     * A tag's pages. WordPress names a tag in its address by its slug ({@code breaking-news}), this site by its name
     * ({@code Breaking News}): a slug with hyphens is read as the name with spaces when only that name has articles.
     */
    @Get("/tag/{tag}{/paged}{/page}")
    @Produces(MediaType.ALL)
    public Mono<HttpResponse<?>> tag(String tag, @Nullable String paged, @Nullable String page, HttpRequest<?> request) {
        if (tag.isBlank() || (paged != null && (!"page".equals(paged) || page == null || !page.matches("[0-9]+")))) {
            return Mono.empty();
        }
        int number = page == null ? 1 : PageNumbers.parse(page);
        String named = tag.replace('-', ' ').strip();
        if (named.equals(tag) || named.isEmpty()) {
            return movedTo(WordPressQueries.front(tag, null, number));
        }
        return hasArticles(tag, request)
                .flatMap(found -> found ? Mono.just(tag) : hasArticles(named, request).map(foundNamed -> foundNamed ? named : tag))
                .flatMap(shown -> movedTo(WordPressQueries.front(shown, null, number)));
    }

    private Mono<Boolean> hasArticles(String tag, HttpRequest<?> request) {
        return articles.get(new ArticleQuery(1, 1, tag, null, null).path(), Call.anonymous(request))
                .map(reply -> reply.isSuccess() && json.read(reply.body(), ListTotal.class).filter(list -> list.total() > 0).isPresent())
                .onErrorResume(ServiceUnavailable.class, e -> Mono.just(false));
    }

    @Serdeable
    record ListTotal(long total) {
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
