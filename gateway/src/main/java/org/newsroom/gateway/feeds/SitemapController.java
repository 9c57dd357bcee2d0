package org.newsroom.gateway.feeds;

import io.micronaut.context.annotation.Value;
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
import org.newsroom.gateway.backend.Backend;
import org.newsroom.gateway.backend.Backends;
import org.newsroom.gateway.backend.Call;
import org.newsroom.gateway.backend.JsonCodec;
import org.newsroom.gateway.backend.ServiceUnavailable;
import org.newsroom.gateway.http.Identifiers;
import org.newsroom.gateway.http.Rendered;
import org.newsroom.gateway.pages.Links;
import org.newsroom.gateway.pages.Site;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code /sitemap.xml}: every published article with its last change; past {@code max-urls} (50,000,
 * the protocol's limit) it becomes an index of {@code /sitemaps/{n}.xml} files of that many each.
 * {@code /robots.txt} names it.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
public class SitemapController {

    private final Backend articles;
    private final FeedCache cache;
    private final JsonCodec json;
    private final Site site;
    private final int maxUrls;

    /**
     * A sitemap file is read like any other read of articles-service: within its budget, through its circuit (open,
     * the answer is an immediate 503). A site whose files of {@code max-urls} take longer than that lowers
     * {@code max-urls}: more files, each quicker.
     */
    public SitemapController(@Named(Backends.ARTICLES) Backend articles, FeedCache cache, JsonCodec json, Site site,
                             @Value("${gateway.sitemap.max-urls:50000}") int maxUrls) {
        this.articles = articles;
        this.cache = cache;
        this.json = json;
        this.site = site;
        this.maxUrls = Math.max(1, Math.min(maxUrls, 50_000));
    }

    private record SitemapKey(int part) {
    }

    @Get("/sitemap.xml")
    @Produces({MediaType.APPLICATION_XML, MediaType.ALL})
    public Mono<HttpResponse<byte[]>> sitemap(HttpRequest<?> request) {
        return cache.get(new SitemapKey(0), () -> part(1, Call.anonymous(request)).map(found -> found.map(page -> {
                    if (page.totalPages() <= 1) {
                        return urlset(page);
                    }
                    List<SitemapXml.Location> parts = new ArrayList<>();
                    Instant now = Instant.now();
                    for (int n = 1; n <= page.totalPages(); n++) {
                        parts.add(new SitemapXml.Location(site.absolute("/sitemaps/" + n + ".xml"), now));
                    }
                    return new Published(Rendered.ok(SitemapXml.index(parts), SitemapXml.CONTENT_TYPE), null);
                }).orElseGet(() -> FeedsController.unavailable(Backends.ARTICLES))))
                .map(published -> FeedResponses.of(published, request));
    }

    @Get("/sitemaps/{file}")
    @Produces({MediaType.APPLICATION_XML, MediaType.ALL})
    public Mono<HttpResponse<byte[]>> part(String file, HttpRequest<?> request) {
        int part = file.matches("[1-9]\\d{0,5}\\.xml") ? Integer.parseInt(file.substring(0, file.length() - 4)) : 0;
        if (part == 0) {
            return Mono.just(FeedResponses.of(FeedsController.notFound(), request));
        }
        return cache.get(new SitemapKey(part), () -> part(part, Call.anonymous(request)).map(found -> found
                        .filter(page -> part <= page.totalPages())
                        .map(this::urlset)
                        .orElseGet(() -> found.isPresent() ? FeedsController.notFound() : FeedsController.unavailable(Backends.ARTICLES))))
                .map(published -> FeedResponses.of(published, request));
    }

    @Get("/robots.txt")
    @Produces({MediaType.TEXT_PLAIN, MediaType.ALL})
    public HttpResponse<byte[]> robots() {
        String robots = "User-agent: *\nDisallow: /api/\nDisallow: /moderation\nDisallow: /editor\n\nSitemap: "
                + site.absolute("/sitemap.xml") + "\n";
        return HttpResponse.ok(robots.getBytes(StandardCharsets.UTF_8)).contentType("text/plain; charset=utf-8");
    }

    private Published urlset(SitemapEntry.Page page) {
        List<SitemapXml.Location> urls = page.items().stream()
                .filter(entry -> entry.slug() != null && Identifiers.isSlug(entry.slug()) && AtomFeeds.instant(entry.updatedAt()) != null)
                .map(entry -> new SitemapXml.Location(site.absolute(Links.article(entry.slug())), AtomFeeds.instant(entry.updatedAt())))
                .toList();
        Instant newest = urls.stream().map(SitemapXml.Location::lastModified).max(Comparator.naturalOrder()).orElse(null);
        return new Published(Rendered.ok(SitemapXml.urlset(urls), SitemapXml.CONTENT_TYPE), newest);
    }

    private Mono<Optional<SitemapEntry.Page>> part(int part, Call call) {
        return articles.get("/sitemap-entries?page=" + part + "&size=" + maxUrls, call)
                .map(reply -> reply.isSuccess()
                        ? json.read(reply.body(), SitemapEntry.Page.class).filter(page -> page.items() != null)
                        : Optional.<SitemapEntry.Page>empty())
                .onErrorResume(ServiceUnavailable.class, e -> Mono.just(Optional.empty()));
    }
}
