package org.newsroom.gateway.feeds;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.inject.Named;
import org.newsroom.gateway.articles.ArticleList;
import org.newsroom.gateway.articles.ArticleQuery;
import org.newsroom.gateway.articles.ArticleView;
import org.newsroom.gateway.articles.PublicViews;
import org.newsroom.gateway.backend.Backend;
import org.newsroom.gateway.backend.Backends;
import org.newsroom.gateway.backend.Call;
import org.newsroom.gateway.backend.JsonCodec;
import org.newsroom.gateway.backend.ServiceUnavailable;
import org.newsroom.gateway.http.Identifiers;
import org.newsroom.gateway.http.Rendered;
import org.newsroom.gateway.pages.ArticlePageComposer;
import org.newsroom.gateway.pages.FeedPaths;
import org.newsroom.gateway.pages.Site;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Atom feeds: the site's latest 20 articles (from the same cached list as the front page), its
 * latest 20 visible comments, and each article's. Kept a few seconds; answered 304 while unchanged.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
public class FeedsController {

    static final int ENTRIES = 20;

    private final PublicViews views;
    private final Backend articles;
    private final Backend comments;
    private final AtomFeeds atom;
    private final FeedCache cache;
    private final JsonCodec json;
    private final Site site;

    public FeedsController(PublicViews views, @Named(Backends.ARTICLES) Backend articles, @Named(Backends.COMMENTS) Backend comments,
                           AtomFeeds atom, FeedCache cache, JsonCodec json, Site site) {
        this.views = views;
        this.articles = articles;
        this.comments = comments;
        this.atom = atom;
        this.cache = cache;
        this.json = json;
        this.site = site;
    }

    private record FeedKey(String what, String slug) {
    }

    @Get(FeedPaths.ARTICLES)
    @Produces({MediaType.APPLICATION_ATOM_XML, MediaType.ALL})
    public Mono<HttpResponse<byte[]>> articles(HttpRequest<?> request) {
        return cache.get(new FeedKey("articles", ""), () -> views.list(new ArticleQuery(1, ENTRIES, null, null, null), request)
                        .map(list -> list.status() == 200
                                ? json.read(list.body(), ArticleList.class).map(found -> atom.articles(found.items(), FeedPaths.ARTICLES))
                                .orElseGet(FeedsController::unavailable)
                                : unavailable()))
                .map(published -> FeedResponses.of(published, request));
    }

    @Get(FeedPaths.COMMENTS)
    @Produces({MediaType.APPLICATION_ATOM_XML, MediaType.ALL})
    public Mono<HttpResponse<byte[]>> comments(HttpRequest<?> request) {
        Call call = Call.anonymous(request);
        // twice as many as shown, since those of articles withdrawn or never published are left out
        return cache.get(new FeedKey("comments", ""), () -> latest("", 2 * ENTRIES, call)
                        .flatMap(found -> found.isPresent() ? onPublishedArticles(found.get(), call) : Mono.just(found))
                        .map(found -> found.map(list -> atom.comments(list, site.name() + " — comments", "feed:comments",
                                site.absolute("/"), FeedPaths.COMMENTS)).orElseGet(FeedsController::unavailable)))
                .map(published -> FeedResponses.of(published, request));
    }

    @Get("/articles/{slug}/comments/feed.atom")
    @Produces({MediaType.APPLICATION_ATOM_XML, MediaType.ALL})
    public Mono<HttpResponse<byte[]>> articleComments(String slug, HttpRequest<?> request) {
        if (!Identifiers.isSlug(slug)) {
            return Mono.just(FeedResponses.of(notFound(), request));
        }
        return cache.get(new FeedKey("article", slug), () -> views.article(slug, 1, 20, request).flatMap(view -> {
                    if (view.status() == 404) {
                        return Mono.just(notFound());
                    }
                    Optional<ArticleView> article = view.status() == 200 ? json.read(view.body(), ArticleView.class) : Optional.empty();
                    return article.map(found -> latest("&articleId=" + found.article().id(), ENTRIES, Call.anonymous(request))
                                    .map(list -> list.map(items -> atom.comments(items, "Comments on “" + found.article().title() + "”",
                                            "feed:article:" + found.article().id() + ":comments", site.articleUrl(slug),
                                            FeedPaths.articleComments(slug))).orElseGet(FeedsController::unavailable)))
                            .orElseGet(() -> Mono.just(unavailable()));
                }))
                .map(published -> FeedResponses.of(published, request));
    }

    private Mono<Optional<List<FeedComment>>> latest(String filter, int limit, Call call) {
        return comments.get("/latest-comments?limit=" + limit + "&threadsPerPage=" + ArticlePageComposer.COMMENTS_PER_PAGE + filter, call)
                .map(reply -> reply.isSuccess()
                        ? Optional.of(json.readList(reply.body(), FeedComment.class).stream().filter(FeedComment::isWhole).toList())
                        : Optional.<List<FeedComment>>empty())
                .onErrorResume(ServiceUnavailable.class, e -> Mono.just(Optional.empty()));
    }

    /** The newest {@link #ENTRIES} of {@code latest} whose article is published now; empty when articles-service cannot say. */
    private Mono<Optional<List<FeedComment>>> onPublishedArticles(List<FeedComment> latest, Call call) {
        String ids = latest.stream().map(FeedComment::articleId).filter(Identifiers::isId).distinct().collect(Collectors.joining(","));
        if (ids.isEmpty()) {
            return Mono.just(Optional.of(List.of()));
        }
        return articles.get("/published-articles?ids=" + ids, call.withoutToken())
                .map(reply -> reply.isSuccess() ? json.read(reply.body(), PublishedIds.class) : Optional.<PublishedIds>empty())
                .map(published -> published.map(found -> latest.stream().filter(comment -> found.includes(comment.articleId()))
                        .limit(ENTRIES).toList()))
                .onErrorResume(ServiceUnavailable.class, e -> Mono.just(Optional.empty()));
    }

    static Published unavailable() {
        return new Published(Rendered.unavailable("feed"), null);
    }

    static Published notFound() {
        return new Published(Rendered.notFound(), null);
    }
}
