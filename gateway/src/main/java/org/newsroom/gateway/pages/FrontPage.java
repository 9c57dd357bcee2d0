package org.newsroom.gateway.pages;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import org.newsroom.gateway.articles.ArticleList;
import org.newsroom.gateway.articles.ArticleQuery;
import org.newsroom.gateway.articles.PublicViews;
import org.newsroom.gateway.backend.JsonCodec;
import org.newsroom.gateway.http.Rendered;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.stream.Stream;

/**
 * The front page as finished HTML: a page of the newest articles (or those of a tag, or matching the
 * search words of the plain GET form), from the same cached list the JSON API serves. A page number
 * that is not one shows the first page; a page past the last is the 404 page (the first page is there even
 * when nothing is listed), and so is a tag that no published article has. A tag's address is its lower-case
 * key, as articles-service matches it: {@code ?tag=LONG} and {@code ?tag=long} name one canonical page.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
public class FrontPage {

    static final int ARTICLES_PER_PAGE = 20;
    private static final int MAX_FILTER_LENGTH = 200;

    private final PublicViews views;
    private final PageRenderer renderer;
    private final MessagePages messages;
    private final Site site;
    private final JsonCodec json;

    public FrontPage(PublicViews views, PageRenderer renderer, MessagePages messages, Site site, JsonCodec json) {
        this.views = views;
        this.renderer = renderer;
        this.messages = messages;
        this.site = site;
        this.json = json;
    }

    @Get
    @Produces({MediaType.TEXT_HTML, MediaType.ALL})
    public Mono<HttpResponse<byte[]>> front(@Nullable @QueryValue String page, @Nullable @QueryValue String tag,
                                            @Nullable @QueryValue String q, HttpRequest<?> request) {
        String words = trimmed(q);
        String topic = trimmed(tag);
        if (words.length() > MAX_FILTER_LENGTH || topic.length() > MAX_FILTER_LENGTH) {
            return Mono.just(ArticlePages.page(messages.of(400, "Search too long",
                    "Search words and tags are at most " + MAX_FILTER_LENGTH + " characters."), request));
        }
        int number = PageNumbers.parse(page);
        ArticleQuery query = new ArticleQuery(number, ARTICLES_PER_PAGE, topic.isEmpty() ? null : topic, words.isEmpty() ? null : words, null);
        return views.list(query, request)
                .map(list -> list.status() == 200 ? toPage(list, number, topic, words) : messages.unavailable())
                .onErrorResume(PageRenderer.PageRenderingFailed.class, e -> Mono.just(messages.failed()))
                .map(rendered -> ArticlePages.page(rendered, request));
    }

    private Rendered toPage(Rendered list, int number, String topic, String words) {
        return json.read(list.body(), ArticleList.class)
                .map(articles -> {
                    if (number > Math.max(1, articles.totalPages())) {
                        return messages.noSuchListPage();
                    }
                    // a tag no published article has is no page: 404, saying so, and never indexed
                    int status = articles.items().isEmpty() && !topic.isEmpty() && words.isEmpty() ? 404 : 200;
                    return Rendered.page(status, renderer.render("front", model(articles, number, topic, words, status == 200)),
                            list.degraded());
                })
                .orElseGet(messages::unavailable);
    }

    private FrontPageModel model(ArticleList articles, int number, String topic, String words, boolean found) {
        String tagKey = Links.tagKey(topic);
        String shownTag = articles.items().stream().flatMap(article -> article.tags() == null ? Stream.of() : article.tags().stream())
                .filter(tag -> Links.tagKey(tag).equals(tagKey)).findFirst().orElse(topic);
        String lead = !words.isEmpty() ? "Search results for" : !topic.isEmpty() ? "Tagged" : "Latest news";
        String term = !words.isEmpty() ? words : !topic.isEmpty() ? shownTag : null;
        String heading = term == null ? lead : lead + " “" + term + "”";
        String title = words.isEmpty() && topic.isEmpty() && number == 1 ? site.name() : heading + " — " + site.name();
        String canonical = site.absolute(Links.front(number, tagKey, words));
        PageHead head = new PageHead(title, heading, "The latest news from " + site.name() + ".", canonical, "website", site.name(),
                null, null, List.of(), null, List.of(
                new PageHead.FeedLink(site.name() + " — articles", site.absolute(FeedPaths.ARTICLES)),
                new PageHead.FeedLink(site.name() + " — comments", site.absolute(FeedPaths.COMMENTS))),
                words.isEmpty() && found, false);
        String note = null;
        if (articles.items().isEmpty()) {
            note = !words.isEmpty() ? "No articles match." : !topic.isEmpty() ? "No published article is tagged “" + topic + "”." : "No articles yet.";
        } else if (!articles.complete()) {
            note = "Comment counts are unavailable right now.";
        }
        Pager pager = Pager.of(articles.page(), articles.totalPages(), n -> Links.front(n, tagKey, words), "← Newer", "Older →", "More articles");
        return new FrontPageModel(site.name(), head, lead, term, words, !words.isEmpty() || !topic.isEmpty(), articles.items(), note, pager);
    }

    private static String trimmed(@Nullable String value) {
        return value == null ? "" : value.trim();
    }
}
