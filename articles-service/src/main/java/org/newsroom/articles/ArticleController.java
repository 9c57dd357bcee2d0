package org.newsroom.articles;

import io.micronaut.http.annotation.*;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Flux;

@Controller("/smoke")
@Secured(SecurityRule.IS_ANONYMOUS)
public class ArticleController {
    private final ArticleRepository repo;
    public ArticleController(ArticleRepository repo) { this.repo = repo; }
    @Post
    public Mono<Article> save(@Body Article a) { return repo.save(a); }
    @Get
    public Flux<Article> all() { return repo.findAll(); }
    @Get("/secure")
    @Secured("EDITOR")
    public Mono<String> secure() { return Mono.just("ok"); }
}
