package org.newsroom.comments.edit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import reactor.core.publisher.Mono;

/** An author fixing or withdrawing their own comment with the edit token they got when posting it. */
@Controller("/comments/{id}")
@Secured(SecurityRule.IS_ANONYMOUS)
public class CommentEditController {

    static final String EDIT_TOKEN = "X-Edit-Token";

    private final CommentEdits edits;
    private final EditWindow window;

    public CommentEditController(CommentEdits edits, EditWindow window) {
        this.edits = edits;
        this.window = window;
    }

    @Get("/editable")
    public Mono<OwnComment> own(String id, @Nullable @Header(EDIT_TOKEN) String token) {
        return edits.own(id, token).map(comment -> OwnComment.of(comment, window.until(comment.createdAt())));
    }

    @Put
    public Mono<EditedComment> edit(String id, @Nullable @Header(EDIT_TOKEN) String token, @Nullable @Body ContentEdit edit) {
        return edits.edit(id, token, edit).map(EditedComment::of);
    }

    @Delete
    public Mono<HttpResponse<Void>> delete(String id, @Nullable @Header(EDIT_TOKEN) String token) {
        return edits.delete(id, token).thenReturn(HttpResponse.noContent());
    }
}
