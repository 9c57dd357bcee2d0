package org.newsroom.articles.sitemap;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import reactor.core.publisher.Mono;

/** {@code GET /sitemap-entries?page=&size=}: published articles' slugs and last changes, for the gateway's sitemap. */
@Controller("/sitemap-entries")
@Secured(SecurityRule.IS_ANONYMOUS)
public class SitemapController {

    static final int MAX_SIZE = 50_000;

    private final SitemapEntries entries;

    public SitemapController(SitemapEntries entries) {
        this.entries = entries;
    }

    @Get
    public Mono<SitemapPage> page(@QueryValue(defaultValue = "1") @Min(1) int page,
                                  @QueryValue(defaultValue = "1000") @Min(1) @Max(MAX_SIZE) int size) {
        return entries.page(page, size);
    }
}
