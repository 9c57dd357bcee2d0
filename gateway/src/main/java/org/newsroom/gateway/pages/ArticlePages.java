package org.newsroom.gateway.pages;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import org.newsroom.gateway.articles.ArticleView;
import org.newsroom.gateway.articles.PublicViews;
import org.newsroom.gateway.backend.JsonCodec;
import org.newsroom.gateway.comments.Comment;
import org.newsroom.gateway.comments.CommentPage;
import org.newsroom.gateway.comments.CommentPositions;
import org.newsroom.gateway.http.Identifiers;
import org.newsroom.gateway.http.Rendered;
import org.newsroom.gateway.http.Responses;
import org.newsroom.gateway.owncomments.EditCookies;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The article page as finished HTML, built from the same cached view the JSON API serves (same
 * freshness, same degradation). A page is rendered once per version of that view: the HTML is kept
 * under the view's ETag.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
public class ArticlePages {

    private final PublicViews views;
    private final ArticlePageComposer composer;
    private final PageRenderer renderer;
    private final MessagePages messages;
    private final AwaitingModerationMarks marks;
    private final CommentPositions positions;
    private final JsonCodec json;
    private final Cache<String, Rendered> rendered = Caffeine.newBuilder()
            .maximumSize(2_000).expireAfterAccess(Duration.ofMinutes(1)).build();

    public ArticlePages(PublicViews views, ArticlePageComposer composer, PageRenderer renderer, MessagePages messages,
                        AwaitingModerationMarks marks, CommentPositions positions, JsonCodec json) {
        this.views = views;
        this.composer = composer;
        this.renderer = renderer;
        this.messages = messages;
        this.marks = marks;
        this.positions = positions;
        this.json = json;
    }

    @Get("/articles/{slug}")
    @Produces({MediaType.TEXT_HTML, MediaType.ALL})
    public Mono<HttpResponse<byte[]>> article(String slug, @Nullable @QueryValue String cpage, @Nullable @QueryValue String awaiting,
                                              @Nullable @QueryValue String replytocom, HttpRequest<?> request) {
        if (!Identifiers.isSlug(slug)) {
            return Mono.just(page(messages.notFound(), request));
        }
        if (request.getPath().endsWith("/")) {
            return Mono.just(toCanonicalPath(slug, request));
        }
        int commentPage = PageNumbers.parse(cpage);
        Instant now = Instant.now();
        PersonalParts personal = new PersonalParts(
                marks.commentOf(slug, awaiting, EditCookies.awaitingNote(request).orElse(null), now).orElse(null),
                EditCookies.commentIds(request, now), EditCookies.notifyAsked(request).orElse(null));
        String parentId = replytocom != null && Identifiers.isId(replytocom) ? replytocom : "";
        if (!parentId.isEmpty()) {
            return positions.pageOf(parentId, ArticlePageComposer.COMMENTS_PER_PAGE, request)
                    .filter(page -> page != commentPage)
                    .filterWhen(page -> showsComment(slug, page, parentId, request))
                    .<HttpResponse<byte[]>>map(page -> toReplyOnItsPage(slug, page, parentId))
                    .switchIfEmpty(Mono.defer(() -> withReplyForm(slug, commentPage, parentId, personal, request)));
        }
        return withReplyForm(slug, commentPage, parentId, personal, request);
    }

    /**
     * Whether this article's comment page {@code page} shows the comment: comments-service places any visible
     * comment, of this article or another, so a reply link to another article's comment leads nowhere.
     */
    private Mono<Boolean> showsComment(String slug, int page, String commentId, HttpRequest<?> request) {
        return views.article(slug, page, ArticlePageComposer.COMMENTS_PER_PAGE, request)
                .map(view -> view.status() == 200 && json.read(view.body(), ArticleView.class)
                        .map(found -> found.comments() != null && found.comments().items() != null
                                && contains(found.comments().items(), commentId))
                        .orElse(false));
    }

    private static boolean contains(List<Comment> comments, String id) {
        return comments.stream().anyMatch(comment -> id.equals(comment.id()) || contains(comment.replies(), id));
    }

    private Mono<HttpResponse<byte[]>> withReplyForm(String slug, int commentPage, String parentId, PersonalParts personal,
                                                    HttpRequest<?> request) {
        ReplyForm form = new ReplyForm("", "", "", "", parentId, false, null, Map.of());
        boolean shared = personal.isNone() && parentId.isEmpty();
        return withoutNoteOnceVisible(personal, request)
                .flatMap(parts -> render(slug, commentPage, form, parts, shared, 200, request))
                .map(page -> {
                    MutableHttpResponse<byte[]> response = page(page, request);
                    if (!personal.isNone()) {
                        response.getHeaders().set("Cache-Control", "private, no-store");
                    }
                    return response;
                });
    }

    /**
     * A reply to a comment that another comment page shows goes to that page, the form under "Reply to {name}": the
     * reader sees what they answer, and the form's cancel link and a refusal stay there.
     */
    private static MutableHttpResponse<byte[]> toReplyOnItsPage(String slug, int page, String commentId) {
        return HttpResponse.<byte[]>status(HttpStatus.FOUND)
                .header("Location", Links.article(slug) + (page > 1 ? "?cpage=" + page + "&" : "?") + "replytocom=" + commentId + "#respond");
    }

    /** {@code /articles/{slug}/} is the same page under a second address: 301 to the one without the slash, query and all. */
    private static MutableHttpResponse<byte[]> toCanonicalPath(String slug, HttpRequest<?> request) {
        String query = request.getUri().getRawQuery();
        return HttpResponse.<byte[]>status(HttpStatus.MOVED_PERMANENTLY)
                .header("Location", Links.article(slug) + (query == null || query.isEmpty() ? "" : "?" + query));
    }

    /** A held comment approved since may be on any comment page: where comments-service places it, it is no longer held. */
    private Mono<PersonalParts> withoutNoteOnceVisible(PersonalParts personal, HttpRequest<?> request) {
        if (personal.awaitingCommentId() == null) {
            return Mono.just(personal);
        }
        return positions.pageOf(personal.awaitingCommentId(), ArticlePageComposer.COMMENTS_PER_PAGE, request)
                .map(page -> personal.withoutNote())
                .defaultIfEmpty(personal);
    }

    /**
     * The article page with {@code form} in it, answered with {@code status}. Only the shared page
     * (an empty form, no note) is kept and carries an ETag; a personal one is neither kept nor tagged.
     */
    Mono<Rendered> render(String slug, int commentPage, ReplyForm form, PersonalParts personal, boolean shared, int status,
                          HttpRequest<?> request) {
        return views.article(slug, commentPage, ArticlePageComposer.COMMENTS_PER_PAGE, request)
                .map(view -> {
                    if (view.status() == 404) {
                        return messages.notFound();
                    }
                    if (view.status() != 200) {
                        return messages.unavailableKeeping(form.content());
                    }
                    if (shared && view.etag() != null) {
                        return rendered.get(view.etag(), tag -> toPage(view, commentPage, form, PersonalParts.NONE, 200, false));
                    }
                    return toPage(view, commentPage, form, personal, status, !shared);
                })
                .onErrorResume(PageRenderer.PageRenderingFailed.class, e -> Mono.just(messages.failed()));
    }

    private Rendered toPage(Rendered view, int commentPage, ReplyForm form, PersonalParts parts, int status, boolean personal) {
        return json.read(view.body(), ArticleView.class)
                .filter(found -> found.article() != null && found.article().slug() != null)
                .map(found -> {
                    // a refused form is shown on whatever page it came from, so that what was typed is not lost
                    if (status == 200 && isPastLastCommentPage(found.comments(), commentPage)) {
                        return messages.noSuchCommentPage();
                    }
                    byte[] html = renderer.render("article", composer.compose(found, commentPage, form, parts));
                    return Rendered.page(status, html, personal || view.degraded());
                })
                .orElseGet(messages::unavailable);
    }

    /** The first comment page always exists, even without comments; when comments could not be had, nobody knows the last. */
    private static boolean isPastLastCommentPage(@Nullable CommentPage comments, int commentPage) {
        return comments != null && commentPage > Math.max(1, comments.totalPages());
    }

    /**
     * Pages are revalidated rather than kept stale; degraded and personal ones are not stored at all. What
     * a page shows may depend on the reader's edit cookies, hence {@code Vary: Cookie}.
     */
    public static MutableHttpResponse<byte[]> page(Rendered page, HttpRequest<?> request) {
        MutableHttpResponse<byte[]> response = Responses.of(page, request);
        if (!page.degraded()) {
            response.getHeaders().set("Cache-Control", "no-cache");
        }
        response.getHeaders().set("Vary", "Cookie");
        return response;
    }
}
