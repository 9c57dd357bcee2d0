package org.newsroom.gateway.owncomments;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import org.newsroom.gateway.backend.JsonCodec;
import org.newsroom.gateway.comments.CommentEdits;
import org.newsroom.gateway.comments.CommentPositions;
import org.newsroom.gateway.http.Identifiers;
import org.newsroom.gateway.http.PageForms;
import org.newsroom.gateway.http.Rendered;
import org.newsroom.gateway.pages.ArticlePageComposer;
import org.newsroom.gateway.pages.AwaitingModerationMarks;
import org.newsroom.gateway.pages.FormFields;
import org.newsroom.gateway.pages.Links;
import org.newsroom.gateway.pages.ReplyRefusals;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The poster's own comment without script: a page with its text to change or delete, for the browser
 * holding its edit cookie, within the edit window. It goes through the same edit and deletion as the
 * JSON API ({@link CommentEdits}); a change 303s back to the comment (or to the note when it is held
 * again), a refusal says why in words. Every answer is private to this browser and never stored.
 */
@Controller("/articles/{slug}/comments/{id}/edit")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
public class OwnCommentPages {

    static final String NOT_HERE = "This comment can only be changed from the browser it was posted from, for a short while after posting.";
    static final String OVER = "The time to change this comment is over.";
    static final String GONE = "This comment no longer exists.";
    static final String ANSWERED = "Someone has replied to this comment, so it can no longer be changed.";
    static final String DUPLICATE = "Another of your comments here already says exactly this. Please change the text and save again.";
    static final String DELETED = "This comment has been deleted.";
    static final String UNAVAILABLE = "Your comment could not be reached right now. Please try again shortly.";
    static final String MAY_BE_DONE = "The service did not confirm your change, so it may still have been made. "
            + "Look at your comment on the article's page before trying again.";
    static final String NOT_PUBLISHED = "This article is no longer published, so your comment can no longer be changed. You can still delete it.";
    static final String COMMENTS_CLOSED = "Comments are closed on this article, so your comment can no longer be changed. You can still delete it.";
    static final String TOO_LONG = "Your text was too long to be sent (a comment can have at most 10,000 characters), so it could not be "
            + "kept here. Your browser's Back button may still have it: please shorten it and try again.";

    @Serdeable
    record OwnComment(@Nullable String content, @Nullable String status, @Nullable String editableUntil) {
    }

    @Serdeable
    record Edited(@Nullable String status) {
    }

    private final CommentEdits edits;
    private final CommentPositions positions;
    private final ShownComments shown;
    private final EditCookies cookies;
    private final AwaitingModerationMarks marks;
    private final OwnCommentPageViews views;
    private final JsonCodec json;
    private final long maxBodyBytes;

    public OwnCommentPages(CommentEdits edits, CommentPositions positions, ShownComments shown, EditCookies cookies,
                           AwaitingModerationMarks marks, OwnCommentPageViews views, JsonCodec json,
                           @Value("${body-limit.max-bytes}") long maxBodyBytes) {
        this.edits = edits;
        this.positions = positions;
        this.shown = shown;
        this.cookies = cookies;
        this.marks = marks;
        this.views = views;
        this.json = json;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Get
    @Produces({MediaType.TEXT_HTML, MediaType.ALL})
    public Mono<HttpResponse<byte[]>> page(String slug, String id, HttpRequest<?> request) {
        if (!Identifiers.isSlug(slug) || !Identifiers.isId(id)) {
            return Mono.just(views.notFound());
        }
        Optional<String> tooFast = PageForms.tooFast(request);
        if (tooFast.isPresent()) {
            return Mono.just(views.closed(slug, id, "", 429, ReplyRefusals.tooFast(tooFast.get())).header("Retry-After", tooFast.get()));
        }
        Optional<KeptEditToken> kept = EditCookies.keptToken(request, id);
        if (kept.isEmpty()) {
            return Mono.just(views.closed(slug, id, "", 403, NOT_HERE));
        }
        return edits.own(id, kept.get().token(), request).flatMap(answer -> {
            if (answer.status() != 200) {
                return refused(slug, id, "", answer, kept.get(), request);
            }
            OwnComment own = json.read(answer.body(), OwnComment.class).orElse(new OwnComment(null, null, null));
            String content = own.content() == null ? "" : own.content();
            return edits.articleRefusal(answer, request)
                    .<HttpResponse<byte[]>>map(refusal -> articleRefused(slug, id, content, refusal, own))
                    .switchIfEmpty(Mono.fromSupplier(() -> views.changeable(slug, id, content, 200, null, own)));
        });
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.TEXT_HTML, MediaType.ALL})
    public Mono<HttpResponse<byte[]>> change(String slug, String id, @Nullable @Body byte[] body, HttpRequest<?> request) {
        if (!Identifiers.isSlug(slug) || !Identifiers.isId(id)) {
            return Mono.just(views.notFound());
        }
        Map<String, String> fields = FormFields.parse(body).orElse(Map.of());
        String content = fields.getOrDefault("content", "");
        if (FormFields.decodedBytes(fields) > maxBodyBytes) {
            return Mono.just(views.textRefused(slug, id, content, 413, ReplyRefusals.TOO_LONG, windowOf(request, id)));
        }
        Optional<String> tooFast = PageForms.tooFast(request);
        if (tooFast.isPresent()) {
            return Mono.just(views.changeable(slug, id, content, 429, ReplyRefusals.tooFast(tooFast.get()), windowOf(request, id))
                    .header("Retry-After", tooFast.get()));
        }
        Optional<KeptEditToken> kept = EditCookies.keptToken(request, id);
        if (kept.isEmpty()) {
            return Mono.just(views.closed(slug, id, content, 403, NOT_HERE));
        }
        if ("delete".equals(fields.get("intent"))) {
            return edits.delete(id, kept.get().token(), request).flatMap(answer -> answer.status() == 204
                    ? Mono.<HttpResponse<byte[]>>just(seeOther(Links.article(slug) + "#comments").cookie(cookies.forget(slug, id, request)))
                    : refused(slug, id, content, answer, kept.get(), request));
        }
        return edits.own(id, kept.get().token(), request).flatMap(own -> own.status() != 200
                ? refused(slug, id, content, own, kept.get(), request)
                : edits.articleRefusal(own, request)
                        .<HttpResponse<byte[]>>map(refusal -> articleRefused(slug, id, content, refusal, windowOf(request, id)))
                        .switchIfEmpty(Mono.defer(() -> save(slug, id, content, kept.get(), request))));
    }

    /** The edit, once the comment and its article take it (as {@link CommentEdits#edit} checks). */
    private Mono<HttpResponse<byte[]>> save(String slug, String id, String content, KeptEditToken kept, HttpRequest<?> request) {
        return edits.save(id, kept.token(), json.write(Map.of("content", content)), request).flatMap(answer -> {
            if (answer.status() == 200) {
                return changed(slug, id, json.read(answer.body(), Edited.class).map(Edited::status).orElse(null), request);
            }
            if (answer.status() == 400) {
                return Mono.just(views.textRefused(slug, id, content, 400, ReplyRefusals.contentRefusal(answer, json), windowOf(request, id)));
            }
            if (answer.status() == 409) {
                return duplicateOrAnswered(slug, id, content, kept, request);
            }
            return refused(slug, id, content, answer, kept, request);
        });
    }

    /**
     * comments-service refuses an edit with 409 for a visible reply and for the same author's same words under the same
     * parent, both "Conflict" problems of type {@code about:blank} that only their detail tells apart. The comment was
     * just found editable (no visible reply), so asking again says which: still editable (or no answer), it was the
     * words, and the form comes back with them and the cookie kept; otherwise what the service says now (a reply, 409).
     */
    private Mono<HttpResponse<byte[]>> duplicateOrAnswered(String slug, String id, String content, KeptEditToken kept,
                                                          HttpRequest<?> request) {
        return edits.own(id, kept.token(), request).flatMap(again -> again.status() == 200 || again.status() >= 500
                ? Mono.<HttpResponse<byte[]>>just(views.textRefused(slug, id, content, 409, DUPLICATE, windowOf(request, id)))
                : refused(slug, id, content, again, kept, request));
    }

    /**
     * The article takes no edit now (not published, comments closed): the text without the form, and the deletion
     * that stays open; the token is kept for it. When articles-service cannot say, the form again, as for a post.
     */
    private MutableHttpResponse<byte[]> articleRefused(String slug, String id, String content, Rendered refusal, @Nullable OwnComment own) {
        return switch (refusal.status()) {
            case 404 -> views.withdrawable(slug, id, content, 404, NOT_PUBLISHED);
            case 403 -> views.withdrawable(slug, id, content, 403, COMMENTS_CLOSED);
            default -> views.changeable(slug, id, content, 503, UNAVAILABLE, own);
        };
    }

    /** A body over the gateway's size limit was never read: the form again, empty, saying so. */
    @Error(exception = ContentLengthExceededException.class)
    public HttpResponse<byte[]> tooLarge(HttpRequest<?> request) {
        String[] path = request.getPath().split("/");
        if (path.length < 5 || !Identifiers.isSlug(path[2]) || !Identifiers.isId(path[4])) {
            return views.notFound();
        }
        return views.textRefused(path[2], path[4], "", 413, TOO_LONG, windowOf(request, path[4]));
    }

    private Mono<HttpResponse<byte[]>> changed(String slug, String id, @Nullable String status, HttpRequest<?> request) {
        if ("approved".equals(status)) {
            return positions.pageOf(id, ArticlePageComposer.COMMENTS_PER_PAGE, request).defaultIfEmpty(1)
                    .map(page -> seeOther(Links.comment(slug, page, id)));
        }
        String held = marks.mark(slug, id, Instant.now());
        return Mono.just(seeOther(Links.article(slug) + "?awaiting=" + held + "#awaiting-moderation")
                .cookie(cookies.awaitingNote(slug, held, marks.lifetime(), request)));
    }

    /**
     * The service's refusal in words; a token past its use (403, 404, 409) is forgotten. Its 403 does not say
     * whether the token or the time was wrong: the window's end kept with the token does. Inside the window, a
     * comment nobody can see any more was deleted (by its author from this browser, the second click on Delete
     * say, or put in trash by a moderator): the token was right, and the page says so.
     */
    private Mono<HttpResponse<byte[]>> refused(String slug, String id, String content, Rendered answer, KeptEditToken kept,
                                               HttpRequest<?> request) {
        if (answer.status() == 403 && !kept.windowPassed(Instant.now())) {
            return shown.isHidden(id, request).<HttpResponse<byte[]>>map(deleted -> deleted
                    ? views.closed(slug, id, "", 410, DELETED).cookie(cookies.forget(slug, id, request))
                    : views.closed(slug, id, content, 403, NOT_HERE).cookie(cookies.forget(slug, id, request)));
        }
        return Mono.<HttpResponse<byte[]>>just(refusedInWords(slug, id, content, answer, kept, request));
    }

    private MutableHttpResponse<byte[]> refusedInWords(String slug, String id, String content, Rendered answer, KeptEditToken kept,
                                                       HttpRequest<?> request) {
        return switch (answer.status()) {
            case 403 -> views.closed(slug, id, content, 403, kept.windowPassed(Instant.now()) ? OVER : NOT_HERE)
                    .cookie(cookies.forget(slug, id, request));
            case 409 -> views.closed(slug, id, content, 409, ANSWERED).cookie(cookies.forget(slug, id, request));
            case 404 -> views.closed(slug, id, content, 404, GONE).cookie(cookies.forget(slug, id, request));
            case 413 -> views.textRefused(slug, id, content, 413, ReplyRefusals.TOO_LONG, windowOf(request, id));
            // sent, no answer in time (or none that could be read): saved or deleted perhaps, so no "try again"
            case 502, 504 -> content.isEmpty() ? views.closed(slug, id, content, answer.status(), MAY_BE_DONE)
                    : views.changeable(slug, id, content, answer.status(), MAY_BE_DONE, windowOf(request, id));
            default -> content.isEmpty() ? views.closed(slug, id, content, 503, UNAVAILABLE)
                    : views.changeable(slug, id, content, 503, UNAVAILABLE, windowOf(request, id));
        };
    }

    /** The edit window's end as this browser's cookie keeps it, for a page shown without the service's answer at hand. */
    @Nullable
    private static OwnComment windowOf(HttpRequest<?> request, String id) {
        return EditCookies.keptToken(request, id).map(KeptEditToken::editableUntil)
                .map(until -> new OwnComment(null, null, until.toString())).orElse(null);
    }

    private static MutableHttpResponse<byte[]> seeOther(String location) {
        return HttpResponse.<byte[]>status(HttpStatus.SEE_OTHER).header("Location", location).header("Cache-Control", "no-store");
    }
}
