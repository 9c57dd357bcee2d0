package org.newsroom.articles;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import reactor.core.publisher.Mono;

import java.util.List;

/** The deletion outbox: articles whose comments the gateway must still remove. */
@Controller("/articles/deletions")
@Secured(ArticleController.EDITOR)
public class ArticleDeletionController {

    private final ArticleDeletionRepository deletions;

    public ArticleDeletionController(ArticleDeletionRepository deletions) {
        this.deletions = deletions;
    }

    @Get
    public Mono<List<ArticleDeletion>> pending() {
        return deletions.findTop100OrderByDeletedAt().collectList();
    }

    /** Idempotent: acknowledging an entry that is already gone is still a success. */
    @Delete("/{articleId}")
    public Mono<HttpResponse<Void>> acknowledge(String articleId) {
        if (!ObjectIds.isValid(articleId)) {
            return Mono.just(HttpResponse.notFound());
        }
        return deletions.deleteById(articleId).thenReturn(HttpResponse.noContent());
    }
}
