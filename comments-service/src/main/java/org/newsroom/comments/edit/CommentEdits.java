package org.newsroom.comments.edit;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import jakarta.inject.Singleton;
import org.bson.types.ObjectId;
import org.newsroom.comments.Comment;
import org.newsroom.comments.CommentInput;
import org.newsroom.comments.CommentListeners;
import org.newsroom.comments.CommentModeration;
import org.newsroom.comments.CommentRepository;
import org.newsroom.comments.CommentStatus;
import org.newsroom.comments.Comments;
import org.newsroom.comments.ContentRenderer;
import org.newsroom.comments.DuplicateKey;
import org.newsroom.comments.ObjectIds;
import org.newsroom.comments.SecretToken;
import org.newsroom.support.http.InvalidInput;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * An author's own edit or deletion within the edit window, proven by the comment's edit token.
 * Checks run in this order: the token (403, whatever is wrong with it), a visible reply (409), the
 * new text (400), the same author's same text under the same parent already (409). An edit is
 * moderated again by the link and word rules; a deletion moves it to trash and spends the token.
 * A reply may be stored between the check and the write, by any instance: so the visible replies are
 * looked for again once the change is written, and one found undoes the change (409). A reply stored
 * after that second look came after the change, which is allowed.
 */
@Singleton
public class CommentEdits {

    private final CommentRepository repository;
    private final MongoCollection<Comment> collection;
    private final Comments comments;
    private final CommentModeration moderation;
    private final ContentRenderer renderer;
    private final CommentListeners listeners;
    private final EditWindow window;

    public CommentEdits(CommentRepository repository, MongoCollection<Comment> collection, Comments comments,
                        CommentModeration moderation, ContentRenderer renderer, CommentListeners listeners, EditWindow window) {
        this.repository = repository;
        this.collection = collection;
        this.comments = comments;
        this.moderation = moderation;
        this.renderer = renderer;
        this.listeners = listeners;
        this.window = window;
    }

    /** The comment as its author may still change it; the same refusals (403, 409) as an edit. */
    public Mono<Comment> own(String id, @Nullable String token) {
        return editable(id, token);
    }

    public Mono<Comment> edit(String id, @Nullable String token, @Nullable ContentEdit edit) {
        return editable(id, token).flatMap(before -> {
            var problem = CommentInput.contentProblem(edit == null ? null : edit.content());
            if (problem.isPresent()) {
                return Mono.error(new InvalidInput(List.of(problem.get())));
            }
            String content = CommentInput.trimmed(edit.content());
            String contentHtml = renderer.toSafeHtml(content);
            String status = moderation.decideEdit(new CommentModeration.Submission(before.authorName(), before.authorEmailKey(),
                    before.authorUrl() == null ? "" : before.authorUrl(), content, contentHtml), before.status());
            Instant now = window.now().truncatedTo(ChronoUnit.MILLIS);
            return Mono.from(collection.updateOne(
                            Filters.and(Filters.eq("_id", new ObjectId(id)), Filters.eq("editTokenHash", before.editTokenHash())),
                            Updates.combine(Updates.set("content", content), Updates.set("contentHtml", contentHtml),
                                    Updates.set("dedupeKey", Comments.dedupeKey(before.articleId(), before.parentId(), before.authorEmailKey(), content)),
                                    Updates.set("status", status), Updates.set("editedAt", now), Updates.set("updatedAt", now))))
                    // the same author's same words under the same parent already: the duplicate rule of a post
                    .onErrorMap(DuplicateKey::in, e -> Comments.duplicate())
                    .flatMap(result -> result.getMatchedCount() == 1 ? hasVisibleReply(id) : Mono.error(forbidden()))
                    .flatMap(answered -> answered ? undoEdit(before, now).then(Mono.error(answered())) : Mono.just(before))
                    .then(status.equals(before.status()) ? Mono.empty() : comments.refreshVisibility(id))
                    .then(repository.findById(id))
                    .flatMap(after -> listeners.edited(before, after).thenReturn(after));
        });
    }

    /** Puts back what {@code before} said, unless the comment changed again since the edit written at {@code editedAt}. */
    private Mono<Void> undoEdit(Comment before, Instant editedAt) {
        return Mono.from(collection.updateOne(
                Filters.and(Filters.eq("_id", new ObjectId(before.id())), Filters.eq("editedAt", editedAt)),
                Updates.combine(Updates.set("content", before.content()), Updates.set("contentHtml", before.contentHtml()),
                        Updates.set("dedupeKey", before.dedupeKey()), Updates.set("status", before.status()),
                        Updates.set("editedAt", before.editedAt()), Updates.set("updatedAt", before.updatedAt())))).then();
    }

    /** Trashes the comment and spends its token in one write; the listeners hear of it once no visible reply turned up meanwhile. */
    public Mono<Void> delete(String id, @Nullable String token) {
        return editable(id, token).flatMap(comment -> {
            Instant now = window.now().truncatedTo(ChronoUnit.MILLIS);
            return Mono.from(collection.updateOne(
                            Filters.and(Filters.eq("_id", new ObjectId(id)), Filters.eq("editTokenHash", comment.editTokenHash())),
                            Updates.combine(Updates.unset("editTokenHash"), Updates.set("status", CommentStatus.TRASH), Updates.set("updatedAt", now))))
                    .flatMap(spent -> spent.getMatchedCount() == 1 ? hasVisibleReply(id) : Mono.error(forbidden()))
                    .flatMap(answered -> answered
                            ? undoDelete(comment, now).then(Mono.<Void>error(answered()))
                            : comments.statusChanged(comment).then());
        });
    }

    /** Gives the comment its status and token back, unless it changed again since it was trashed at {@code trashedAt}. */
    private Mono<Void> undoDelete(Comment before, Instant trashedAt) {
        return Mono.from(collection.updateOne(
                Filters.and(Filters.eq("_id", new ObjectId(before.id())), Filters.eq("updatedAt", trashedAt), Filters.eq("editTokenHash", null)),
                Updates.combine(Updates.set("editTokenHash", before.editTokenHash()), Updates.set("status", before.status()),
                        Updates.set("updatedAt", before.updatedAt())))).then();
    }

    /** The comment (404 when there is none), if {@code token} is its edit token, its window is open and nobody can see a reply to it yet. */
    private Mono<Comment> editable(String id, @Nullable String token) {
        if (!ObjectIds.isValid(id)) {
            return Mono.error(notFound());
        }
        return repository.findById(id)
                .filter(comment -> !comment.underDeletion())
                .switchIfEmpty(Mono.error(notFound()))
                .filter(comment -> !CommentStatus.TRASH.equals(comment.status()) && SecretToken.matches(token, comment.editTokenHash())
                        && window.isOpen(comment))
                .switchIfEmpty(Mono.error(forbidden()))
                .flatMap(comment -> hasVisibleReply(id).flatMap(answered -> answered ? Mono.error(answered()) : Mono.just(comment)));
    }

    private Mono<Boolean> hasVisibleReply(String id) {
        return Mono.from(collection.find(Filters.and(Filters.eq("ancestors", id), Filters.eq("visible", true))).first()).hasElement();
    }

    private static HttpStatusException forbidden() {
        return new HttpStatusException(HttpStatus.FORBIDDEN, "This comment cannot be changed with this edit token (wrong, expired or spent).");
    }

    /** Never stored, or deleted for good by a moderator (or being deleted): the id answers 404 everywhere. */
    private static HttpStatusException notFound() {
        return new HttpStatusException(HttpStatus.NOT_FOUND, "No such comment.");
    }

    private static HttpStatusException answered() {
        return new HttpStatusException(HttpStatus.CONFLICT, "Someone has replied to this comment; it can no longer be changed.");
    }
}
