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
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Atom feeds: the site's latest 20 articles (from the same cached list as the front page), its
 * latest 20 visible comments, and each article's. Kept a few seconds; answered 304 while unchanged.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
public class FeedsController {

    static final int ENTRIES = 20;
    /** How many of the newest comments each round of the site comments feed reads, and how many rounds it may take. */
    static final int SITE_LIMIT = 2 * ENTRIES;
    static final int SITE_ROUNDS = 5;
    /** The most article ids comments-service leaves out of one list. */
    private static final int MOST_EXCLUDED = 100;

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
                                .orElseGet(() -> unavailable(Backends.ARTICLES))
                                : unavailable(Backends.ARTICLES)))
                .map(published -> FeedResponses.of(published, request));
    }

    @Get(FeedPaths.COMMENTS)
    @Produces({MediaType.APPLICATION_ATOM_XML, MediaType.ALL})
    public Mono<HttpResponse<byte[]>> comments(HttpRequest<?> request) {
        Call call = Call.anonymous(request);
        return cache.get(new FeedKey("comments", ""), () -> onPublishedArticles(Set.of(), 1, call)
                        .flatMap(found -> found.isEmpty()
                                ? newestArticle(request).map(since -> siteComments(found, since.orElse(null)))
                                : Mono.just(siteComments(found, null)))
                        .onErrorResume(ServiceUnavailable.class, e -> Mono.just(unavailable(e.service()))))
                .map(published -> FeedResponses.of(published, request));
    }

    private Published siteComments(List<FeedComment> found, @Nullable Instant whenEmpty) {
        return atom.comments(found, site.name() + " — comments", "feed:comments", site.absolute("/"), FeedPaths.COMMENTS, whenEmpty);
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
                                    .map(items -> atom.comments(whole(items), "Comments on “" + found.article().title() + "”",
                                            "feed:article:" + found.article().id() + ":comments", site.articleUrl(slug),
                                            FeedPaths.articleComments(slug), lastChange(found.article())))
                                    .onErrorResume(ServiceUnavailable.class, e -> Mono.just(unavailable(e.service()))))
                            .orElseGet(() -> Mono.just(unavailable(Backends.ARTICLES)));
                }))
                .map(published -> FeedResponses.of(published, request));
    }

    /** An article's comments feed has the article's title: without comments, it last changed when the article did. */
    @Nullable
    private static Instant lastChange(Article article) {
        Instant updated = AtomFeeds.instant(article.updatedAt());
        return updated != null ? updated : AtomFeeds.instant(article.publishedAt());
    }

    /** The newest visible comments, as comments-service lists them (newest first, at most {@code limit}); it failing is an error. */
    private Mono<List<FeedComment>> latest(String filter, int limit, Call call) {
        return comments.get("/latest-comments?limit=" + limit + "&threadsPerPage=" + ArticlePageComposer.COMMENTS_PER_PAGE + filter, call)
                .flatMap(reply -> reply.isSuccess()
                        ? Mono.just(json.readList(reply.body(), FeedComment.class))
                        : Mono.error(new ServiceUnavailable(comments.name())));
    }

    private static List<FeedComment> whole(List<FeedComment> comments) {
        return comments.stream().filter(FeedComment::isWhole).toList();
    }

    /**
     * The newest {@link #ENTRIES} visible comments whose article is published now; a {@link ServiceUnavailable} naming the
     * service that cannot say.
     * Each round lists the newest visible comments of every article but those found not published in the rounds
     * before (drafts, withdrawn articles): a withdrawn article with many recent comments costs one more round, never
     * a shorter feed. After {@link #SITE_ROUNDS} rounds the feed shows what it found.
     */
    private Mono<List<FeedComment>> onPublishedArticles(Set<String> unpublished, int depth, Call call) {
        String excluded = unpublished.isEmpty() ? "" : "&excludeArticleIds=" + String.join(",", unpublished);
        return latest(excluded, SITE_LIMIT, call).flatMap(listed -> {
            if (listed.isEmpty()) {
                return Mono.just(listed);
            }
            List<FeedComment> candidates = whole(listed);
            return publishedAmong(candidates, call).flatMap(published -> {
                List<FeedComment> shown = candidates.stream().filter(comment -> published.includes(comment.articleId()))
                        .limit(ENTRIES).toList();
                Set<String> notShown = new TreeSet<>(unpublished);
                articleIds(candidates).filter(id -> !published.includes(id)).forEach(notShown::add);
                boolean more = shown.size() < ENTRIES && listed.size() >= SITE_LIMIT && depth < SITE_ROUNDS
                        && notShown.size() > unpublished.size() && notShown.size() <= MOST_EXCLUDED;
                return more ? onPublishedArticles(notShown, depth + 1, call) : Mono.just(shown);
            });
        });
    }

    /** Which of the articles of {@code latest} are published now; a {@link ServiceUnavailable} when articles-service cannot say. */
    private Mono<PublishedIds> publishedAmong(List<FeedComment> latest, Call call) {
        String ids = articleIds(latest).distinct().collect(Collectors.joining(","));
        if (ids.isEmpty()) {
            return Mono.just(new PublishedIds(Set.of()));
        }
        return articles.get("/published-articles?ids=" + ids, call.withoutToken())
                .map(reply -> reply.isSuccess() ? json.read(reply.body(), PublishedIds.class) : Optional.<PublishedIds>empty())
                .flatMap(found -> found.map(Mono::just).orElseGet(() -> Mono.error(new ServiceUnavailable(articles.name()))));
    }

    private static Stream<String> articleIds(List<FeedComment> comments) {
        return comments.stream().map(FeedComment::articleId).filter(Objects::nonNull).filter(Identifiers::isId);
    }

    /** When the site comments feed has no comment: the newest article's publication (from the front page's list), if any. */
    private Mono<Optional<Instant>> newestArticle(HttpRequest<?> request) {
        return views.list(new ArticleQuery(1, ENTRIES, null, null, null), request)
                .map(list -> list.status() == 200 ? json.read(list.body(), ArticleList.class) : Optional.<ArticleList>empty())
                .map(list -> list.flatMap(found -> found.items().stream().findFirst())
                        .map(article -> AtomFeeds.instant(article.publishedAt())));
    }

    /** 503 naming the service that failed, as every other 503 of the gateway does. */
    static Published unavailable(String service) {
        return new Published(Rendered.unavailable(service), null);
    }

    static Published notFound() {
        return new Published(Rendered.notFound(), null);
    }
}
