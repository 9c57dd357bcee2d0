package org.newsroom.comments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.newsroom.comments.edit.EditWindow;
import org.newsroom.support.http.InvalidInput;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

@Controller
public class CommentController {

    static final String MODERATOR = "MODERATOR";
    private static final int MAX_COUNT_IDS = 100;

    private final Comments comments;
    private final CommentThreads threads;
    private final EditWindow editWindow;
    private final ClientInfo clients;

    public CommentController(Comments comments, CommentThreads threads, EditWindow editWindow, ClientInfo clients) {
        this.comments = comments;
        this.threads = threads;
        this.editWindow = editWindow;
        this.clients = clients;
    }

    @Post("/articles/{articleId}/comments")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public Mono<HttpResponse<PostedComment>> post(String articleId, @Nullable @QueryValue String slug,
                                                  @Nullable @QueryValue String title,
                                                  @Nullable @Body CommentInput input, HttpRequest<?> request,
                                                  @Nullable Authentication caller) {
        if (!ObjectIds.isValid(articleId)) {
            return Mono.just(HttpResponse.notFound());
        }
        CommentInput form = input == null ? new CommentInput(null, null, null, null, null, null) : input;
        SecretToken token = editWindow.isEnabled() ? SecretToken.issue() : null;
        var poster = new Comments.Poster(clients.ip(request), clients.userAgent(request),
                caller != null && caller.getRoles().contains(MODERATOR), token == null ? null : token.hash());
        return comments.post(new Comments.Article(articleId, slug, title), form, poster)
                .map(comment -> HttpResponse.created(
                        PostedComment.of(comment, token == null ? null : token.value(), editWindow.until(comment.createdAt())),
                        URI.create("/comments/" + comment.id())));
    }

    @Get("/articles/{articleId}/comments")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public Mono<CommentPage> page(String articleId,
                                  @QueryValue(defaultValue = "1") @Min(1) int page,
                                  @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size) {
        return ObjectIds.isValid(articleId) ? threads.page(articleId, page, size) : Mono.empty();
    }

    @Get("/comments/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public Mono<CommentView> one(String id) {
        return ObjectIds.isValid(id) ? threads.one(id) : Mono.empty();
    }

    @Get("/counts")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public Mono<CommentCounts> counts(@QueryValue String articleIds) {
        List<String> ids = Arrays.stream(articleIds.split(",")).map(String::trim).filter(id -> !id.isEmpty()).distinct().toList();
        if (ids.size() > MAX_COUNT_IDS || !ids.stream().allMatch(ObjectIds::isValid)) {
            return Mono.error(new InvalidInput("articleIds", "must be at most 100 comma-separated article ids"));
        }
        return threads.counts(ids).map(CommentCounts::new);
    }

    @Delete("/articles/{articleId}/comments")
    @Secured({"EDITOR", MODERATOR})
    public Mono<HttpResponse<Void>> deleteArticle(String articleId) {
        if (!ObjectIds.isValid(articleId)) {
            return Mono.just(HttpResponse.notFound());
        }
        return comments.deleteArticle(articleId).thenReturn(HttpResponse.noContent());
    }
}
