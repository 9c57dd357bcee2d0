package org.newsroom.gateway.feeds;

import io.micronaut.core.annotation.Nullable;
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
import org.newsroom.gateway.articles.Article;
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

import java.time.Instant;
import java.util.List;
import java.util.Objects;
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
    /**
     * How many of the newest comments the site comments feed reads, in turn, until {@link #ENTRIES} on published
     * articles are among them: twice as many first, then the most comments-service lists at once.
     */
    static final List<Integer> SITE_LIMITS = List.of(2 * ENTRIES, 100);

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
        return cache.get(new FeedKey("comments", ""), () -> onPublishedArticles(0, call)
                        .flatMap(found -> found.isPresent() && found.get().isEmpty()
                                ? newestArticle(request).map(since -> siteComments(found, since.orElse(null)))
                                : Mono.just(siteComments(found, null))))
                .map(published -> FeedResponses.of(published, request));
    }

    private Published siteComments(Optional<List<FeedComment>> found, @Nullable Instant whenEmpty) {
        return found.map(list -> atom.comments(list, site.name() + " — comments", "feed:comments", site.absolute("/"), FeedPaths.COMMENTS,
                whenEmpty)).orElseGet(FeedsController::unavailable);
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
                                    .map(list -> list.map(items -> atom.comments(whole(items), "Comments on “" + found.article().title() + "”",
                                            "feed:article:" + found.article().id() + ":comments", site.articleUrl(slug),
                                            FeedPaths.articleComments(slug), lastChange(found.article())))
                                            .orElseGet(FeedsController::unavailable)))
                            .orElseGet(() -> Mono.just(unavailable()));
                }))
                .map(published -> FeedResponses.of(published, request));
    }

    /** An article's comments feed has the article's title: without comments, it last changed when the article did. */
    @Nullable
    private static Instant lastChange(Article article) {
        Instant updated = AtomFeeds.instant(article.updatedAt());
        return updated != null ? updated : AtomFeeds.instant(article.publishedAt());
    }

    /** The newest visible comments, as comments-service lists them (newest first, at most {@code limit}). */
    private Mono<Optional<List<FeedComment>>> latest(String filter, int limit, Call call) {
        return comments.get("/latest-comments?limit=" + limit + "&threadsPerPage=" + ArticlePageComposer.COMMENTS_PER_PAGE + filter, call)
                .map(reply -> reply.isSuccess()
                        ? Optional.of(json.readList(reply.body(), FeedComment.class))
                        : Optional.<List<FeedComment>>empty())
                .onErrorResume(ServiceUnavailable.class, e -> Mono.just(Optional.empty()));
    }

    private static List<FeedComment> whole(List<FeedComment> comments) {
        return comments.stream().filter(FeedComment::isWhole).toList();
    }

    /**
     * The newest {@link #ENTRIES} visible comments whose article is published now; empty when a service cannot say.
     * comments-service lists the newest visible comments of all articles, at most {@link #SITE_LIMITS}' last at once,
     * and can neither page further nor leave articles out: when those of drafts and withdrawn articles take more
     * than the rest of a list, it is read again longer. Beyond its longest list, the feed shows the fewer found there.
     */
    private Mono<Optional<List<FeedComment>>> onPublishedArticles(int round, Call call) {
        int limit = SITE_LIMITS.get(round);
        return latest("", limit, call).flatMap(listed -> listed.isEmpty() ? Mono.just(listed) : published(whole(listed.get()), call)
                .flatMap(found -> found.isPresent() && found.get().size() < ENTRIES && listed.get().size() >= limit
                        && round + 1 < SITE_LIMITS.size() ? onPublishedArticles(round + 1, call) : Mono.just(found)));
    }

    /** Those of {@code latest} whose article is published now, the newest {@link #ENTRIES}; empty when articles-service cannot say. */
    private Mono<Optional<List<FeedComment>>> published(List<FeedComment> latest, Call call) {
        String ids = latest.stream().map(FeedComment::articleId).filter(Objects::nonNull).filter(Identifiers::isId).distinct()
                .collect(Collectors.joining(","));
        if (ids.isEmpty()) {
            return Mono.just(Optional.of(List.of()));
        }
        return articles.get("/published-articles?ids=" + ids, call.withoutToken())
                .map(reply -> reply.isSuccess() ? json.read(reply.body(), PublishedIds.class) : Optional.<PublishedIds>empty())
                .map(published -> published.map(found -> latest.stream().filter(comment -> found.includes(comment.articleId()))
                        .limit(ENTRIES).toList()))
                .onErrorResume(ServiceUnavailable.class, e -> Mono.just(Optional.empty()));
    }

    /** When the site comments feed has no comment: the newest article's publication (from the front page's list), if any. */
    private Mono<Optional<Instant>> newestArticle(HttpRequest<?> request) {
        return views.list(new ArticleQuery(1, ENTRIES, null, null, null), request)
                .map(list -> list.status() == 200 ? json.read(list.body(), ArticleList.class) : Optional.<ArticleList>empty())
                .map(list -> list.flatMap(found -> found.items().stream().findFirst())
                        .map(article -> AtomFeeds.instant(article.publishedAt())));
    }

    static Published unavailable() {
        return new Published(Rendered.unavailable("feed"), null);
    }

    static Published notFound() {
        return new Published(Rendered.notFound(), null);
    }
}
