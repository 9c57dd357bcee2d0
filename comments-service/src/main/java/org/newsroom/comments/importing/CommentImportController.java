package org.newsroom.comments.importing;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

/** The import path: a moderator's tool (./import) brings comments from elsewhere, idempotently. */
@Controller("/import/comments")
@Secured("MODERATOR")
public class CommentImportController {

    private final CommentImports imports;

    public CommentImportController(CommentImports imports) {
        this.imports = imports;
    }

    @Put
    public Mono<CommentImportResult> importComments(@Body @Valid ImportedComments batch) {
        return imports.importAll(batch);
    }
}
