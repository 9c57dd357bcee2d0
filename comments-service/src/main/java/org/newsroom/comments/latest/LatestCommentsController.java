package org.newsroom.comments.latest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * {@code GET /latest-comments?limit=&articleId=&threadsPerPage=&excludeArticleIds=}: the newest visible
 * comments, for the gateway's feeds; with {@code threadsPerPage}, each names the comment page that shows
 * it; {@code excludeArticleIds} (at most 100) leaves out the comments of articles the site does not show.
 */
@Controller("/latest-comments")
@Secured(SecurityRule.IS_ANONYMOUS)
public class LatestCommentsController {

    private final LatestComments latest;

    public LatestCommentsController(LatestComments latest) {
        this.latest = latest;
    }

    @Get
    public Mono<List<LatestComment>> latest(@QueryValue(defaultValue = "20") @Min(1) @Max(100) int limit,
                                            @Nullable @QueryValue @Pattern(regexp = "[0-9a-f]{24}") String articleId,
                                            @Nullable @QueryValue @Min(1) @Max(100) Integer threadsPerPage,
                                            @Nullable @QueryValue @Pattern(regexp = "[0-9a-f]{24}(,[0-9a-f]{24}){0,99}") String excludeArticleIds) {
        List<String> excluded = excludeArticleIds == null ? List.of() : List.of(excludeArticleIds.split(","));
        return latest.latest(articleId, limit, threadsPerPage, excluded).collectList();
    }
}
