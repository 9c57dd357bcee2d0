package org.newsroom.comments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.newsroom.support.http.InvalidInput;
import reactor.core.publisher.Mono;

import java.util.Map;

@Controller("/moderation")
@Secured(CommentController.MODERATOR)
public class ModerationController {

    private final Comments comments;
    private final CommentDeletion deletion;
    private final ModerationQueue queue;

    public ModerationController(Comments comments, CommentDeletion deletion, ModerationQueue queue) {
        this.comments = comments;
        this.deletion = deletion;
        this.queue = queue;
    }

    @Get("/comments")
    public Mono<ModerationPage> list(@QueryValue(defaultValue = CommentStatus.PENDING) String status,
                                     @Nullable @QueryValue String article,
                                     @QueryValue(defaultValue = "1") @Min(1) int page,
                                     @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size) {
        if (!CommentStatus.ALL.contains(status)) {
            return Mono.error(new InvalidInput("status", "must be one of pending, approved, spam, trash"));
        }
        return queue.page(status, article, page, size);
    }

    @Get("/counts")
    public Mono<Map<String, Long>> counts() {
        return queue.countsByStatus();
    }

    @Patch("/comments/{id}")
    public Mono<ModeratedComment> changeStatus(String id, @Nullable @Body StatusChange change) {
        return comments.changeStatus(id, change == null ? null : change.status()).map(ModeratedComment::of);
    }

    @Delete("/comments/{id}")
    public Mono<HttpResponse<Void>> delete(String id) {
        return deletion.delete(id).filter(deleted -> deleted).map(deleted -> HttpResponse.noContent());
    }
}
