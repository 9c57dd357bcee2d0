package org.newsroom.articles.published;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.bson.types.ObjectId;
import org.newsroom.articles.ObjectIds;
import org.newsroom.support.http.InvalidInput;
import reactor.core.publisher.Mono;

import java.util.Arrays;
import java.util.List;

/**
 * {@code GET /published-articles?ids=a,b}: which of up to 100 article ids are published, for the
 * gateway's site-wide comments feed (no comment of a draft or withdrawn article may show there).
 */
@Controller("/published-articles")
@Secured(SecurityRule.IS_ANONYMOUS)
public class PublishedArticlesController {

    static final int MAX_IDS = 100;

    private final PublishedArticles published;

    public PublishedArticlesController(PublishedArticles published) {
        this.published = published;
    }

    @Get
    public Mono<PublishedIds> among(@QueryValue(defaultValue = "") String ids) {
        List<String> asked = Arrays.stream(ids.split(",")).map(String::trim).filter(id -> !id.isEmpty()).distinct().toList();
        if (asked.size() > MAX_IDS) {
            return Mono.error(new InvalidInput("ids", "at most " + MAX_IDS + " ids"));
        }
        // an id that is not an article id cannot be a published article's
        return published.among(asked.stream().filter(ObjectIds::isValid).map(ObjectId::new).toList());
    }
}
