package org.newsroom.articles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.validation.Validated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.groups.Default;
import org.newsroom.support.http.InvalidInput;
import reactor.core.publisher.Mono;

import java.net.URI;

@Controller("/articles")
public class ArticleController {

    static final String EDITOR = "EDITOR";

    private final Articles articles;
    private final ArticleRepository repository;
    private final ArticleSearch search;

    public ArticleController(Articles articles, ArticleRepository repository, ArticleSearch search) {
        this.articles = articles;
        this.repository = repository;
        this.search = search;
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    public Mono<ArticlePage> list(@QueryValue(defaultValue = "1") @Min(1) int page,
                                  @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size,
                                  @Nullable @QueryValue String tag,
                                  @Nullable @QueryValue String q,
                                  @Nullable @QueryValue String status,
                                  @Nullable Authentication caller) {
        if (status == null || Article.PUBLISHED.equals(status)) {
            return search.published(page, size, tag, q);
        }
        if (!Article.DRAFT.equals(status)) {
            return Mono.error(new InvalidInput("status", "must be draft or published"));
        }
        if (caller == null) {
            return Mono.error(new HttpStatusException(HttpStatus.UNAUTHORIZED, "Drafts are for editors; sign in."));
        }
        if (!isEditor(caller)) {
            return Mono.error(new HttpStatusException(HttpStatus.FORBIDDEN, "Drafts are for editors."));
        }
        return search.drafts(page, size, tag, q);
    }

    @Get("/{slug}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public Mono<ArticleView> bySlug(String slug, @Nullable Authentication caller) {
        return visible(findBySlug(slug), caller).map(article -> view(article, caller));
    }

    @Get("/by-id/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public Mono<ArticleView> byId(String id, @Nullable Authentication caller) {
        if (!ObjectIds.isValid(id)) {
            return Mono.empty();
        }
        return visible(repository.findById(id), caller).map(article -> view(article, caller));
    }

    @Get("/{slug}/comment-status")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public Mono<CommentStatus> commentStatus(String slug) {
        return findBySlug(slug)
                .filter(Article::isPublished)
                .map(article -> new CommentStatus(article.id(), article.slug(), article.status(), article.commentStatus(), article.title()));
    }

    @Post
    @Secured(EDITOR)
    @Validated(groups = {Default.class, ArticleInput.NewArticle.class})
    public Mono<HttpResponse<ArticleView>> create(@Body @Valid ArticleInput input, Authentication editor) {
        return articles.create(input, editor.getName())
                .map(article -> HttpResponse.created(ArticleView.forEditor(article), URI.create("/articles/" + article.slug())));
    }

    @Put("/{slug}")
    @Secured(EDITOR)
    public Mono<ArticleView> update(String slug, @Body @Valid ArticleInput input, @Nullable @Header("If-Match") String ifMatch,
                                    Authentication editor) {
        return articles.update(slug, input, ifMatch, editor.getName()).map(ArticleView::forEditor);
    }

    @Delete("/{slug}")
    @Secured(EDITOR)
    public Mono<HttpResponse<Void>> delete(String slug) {
        return articles.delete(slug).filter(deleted -> deleted).map(deleted -> HttpResponse.noContent());
    }

    private Mono<Article> findBySlug(String slug) {
        return Slugs.isValid(slug) ? repository.readBySlug(slug) : Mono.empty();
    }

    private static Mono<Article> visible(Mono<Article> article, @Nullable Authentication caller) {
        return article.filter(found -> found.isPublished() || isEditor(caller));
    }

    private static ArticleView view(Article article, @Nullable Authentication caller) {
        return isEditor(caller) ? ArticleView.forEditor(article) : ArticleView.of(article);
    }

    private static boolean isEditor(@Nullable Authentication caller) {
        return caller != null && caller.getRoles().contains(EDITOR);
    }
}
