package org.newsroom.articles.importing;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

/** The import path: an editor's tool (./import) brings articles from elsewhere, idempotently. */
@Controller("/import/articles")
@Secured("EDITOR")
public class ArticleImportController {

    private final ArticleImports imports;

    public ArticleImportController(ArticleImports imports) {
        this.imports = imports;
    }

    @Put
    public Mono<ArticleImportResult> importArticle(@Body @Valid ImportedArticleInput input, Authentication editor) {
        return imports.importArticle(input, editor.getName());
    }
}
