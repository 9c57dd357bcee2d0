package org.newsroom.gateway.pages;

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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import org.newsroom.gateway.backend.JsonCodec;
import org.newsroom.gateway.comments.CommentPositions;
import org.newsroom.gateway.comments.CommentPosting;
import org.newsroom.gateway.http.Identifiers;
import org.newsroom.gateway.http.PageFormBodies;
import org.newsroom.gateway.http.PageForms;
import org.newsroom.gateway.http.Rendered;
import org.newsroom.gateway.http.Responses;
import org.newsroom.gateway.owncomments.EditCookies;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The reply form of the article page working without script: the urlencoded fields go through the
 * same posting as the JSON API, then 303 to the comment, or to the page with the moderation note for
 * this poster; a refusal (the rate limit and the size limit included) shows the page again with what
 * was typed and the reasons.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
public class ReplyFormPosts {

    private final CommentPosting posting;
    private final CommentPositions positions;
    private final ArticlePages pages;
    private final MessagePages messages;
    private final AwaitingModerationMarks marks;
    private final EditCookies cookies;
    private final JsonCodec json;
    private final PageFormBodies pageFormBodies;
    private final long maxBodyBytes;

    public ReplyFormPosts(CommentPosting posting, CommentPositions positions, ArticlePages pages, MessagePages messages,
                          AwaitingModerationMarks marks, EditCookies cookies, JsonCodec json,
                          PageFormBodies pageFormBodies, @Value("${body-limit.max-bytes}") long maxBodyBytes) {
        this.posting = posting;
        this.positions = positions;
        this.pages = pages;
        this.messages = messages;
        this.marks = marks;
        this.cookies = cookies;
        this.json = json;
        this.pageFormBodies = pageFormBodies;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Serdeable
    record Posted(@Nullable String id, @Nullable String status, @Nullable String editToken, @Nullable String editableUntil) {
    }

    @Post(value = "/articles/{slug}/comments", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA,
        MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces({MediaType.TEXT_HTML, MediaType.ALL})
    public Mono<HttpResponse<byte[]>> post(String slug, @Nullable @QueryValue String cpage, @Nullable @Body byte[] body,
                                           @Nullable Authentication authentication, HttpRequest<?> request) {
        if (!Identifiers.isSlug(slug)) {
            return Mono.just(ArticlePages.page(messages.notFound(), request));
        }
        boolean urlencoded = request.getContentType().map(type -> type.getName().equals(MediaType.APPLICATION_FORM_URLENCODED))
                .orElse(false);
        Optional<Map<String, String>> fields = urlencoded ? FormFields.parse(body) : Optional.empty();
        ReplyForm typed = fields.map(ReplyFormPosts::typed).orElse(ReplyForm.EMPTY);
        if (fields.isEmpty()) {
            return refused(slug, cpage, typed, Rendered.problem(415, "Unsupported Media Type", "Send the form urlencoded."), request);
        }
        if (FormFields.decodedBytes(fields.get()) > maxBodyBytes) {
            return refused(slug, cpage, typed, tooLarge(maxBodyBytes), request);
        }
        Optional<String> tooFast = PageForms.tooFast(request);
        if (tooFast.isPresent()) {
            return refused(slug, cpage, typed, Rendered.problem(429, "Too Many Requests", "Slow down.").withRetryAfter(tooFast.get()), request);
        }
        return posting.post(slug, json.write(comment(fields.get())), authentication, request)
                .flatMap(result -> {
                    if (result.status() == 201) {
                        return redirect(slug, result, typed.notifyMe(), request);
                    }
                    if (result.status() == 404) {
                        return Mono.just(ArticlePages.page(messages.notFound(), request));
                    }
                    return refused(slug, cpage, typed, result, request);
                });
    }

    /**
     * The form's address asked for as a page (a reload of the refused form's answer, a bookmark): the form it
     * belongs to, on the comment page it came from. A GET of it must never be a bare 405 to a reader.
     */
    @Get("/articles/{slug}/comments")
    @Produces({MediaType.TEXT_HTML, MediaType.ALL})
    public HttpResponse<byte[]> toTheForm(String slug, @Nullable @QueryValue String cpage, HttpRequest<?> request) {
        if (!Identifiers.isSlug(slug)) {
            return ArticlePages.page(messages.notFound(), request);
        }
        int page = PageNumbers.parse(cpage);
        return HttpResponse.<byte[]>status(HttpStatus.SEE_OTHER)
                .header("Location", Links.article(slug) + (page > 1 ? "?cpage=" + page : "") + "#respond");
    }

    /**
     * A body over the gateway's size limit was never read: a page's form gets the form again (empty, saying
     * so in words) with 413, any other client the problem.
     */
    @Error(exception = ContentLengthExceededException.class)
    public Mono<HttpResponse<byte[]>> tooLarge(HttpRequest<?> request) {
        Rendered tooLarge = tooLarge(pageFormBodies.maxBytes(request).orElse(maxBodyBytes));
        String[] path = request.getPath().split("/");
        if (!PageForms.isPagePost(request) || path.length < 3 || !Identifiers.isSlug(path[2])) {
            return Mono.just(Responses.of(tooLarge, request));
        }
        return refused(path[2], request.getParameters().get("cpage"), ReplyForm.EMPTY, tooLarge, request);
    }

    private static Rendered tooLarge(long limit) {
        return Rendered.problem(413, "Request Entity Too Large", "The request body is too large: at most " + limit + " bytes here.");
    }

    /**
     * 303 to the comment on the page that shows it, or to the note for a held one; the browser keeps the
     * edit token in a cookie ({@link EditCookies}) so that its poster can change it without script, and, when
     * they asked for reply mail, a cookie that has that page tell them to look for the confirmation mail.
     */
    private Mono<HttpResponse<byte[]>> redirect(String slug, Rendered created, boolean notifyAsked, HttpRequest<?> request) {
        Posted posted = json.read(created.body(), Posted.class).filter(found -> found.id() != null && Identifiers.isId(found.id()))
                .orElse(new Posted(null, null, null, null));
        Instant now = Instant.now();
        String heldMark = posted.id() != null && !"approved".equals(posted.status()) ? marks.mark(slug, posted.id(), now) : null;
        Mono<String> target;
        if (posted.id() == null) {
            target = Mono.just(Links.article(slug) + "#comments");
        } else if (heldMark == null) {
            target = positions.pageOf(posted.id(), ArticlePageComposer.COMMENTS_PER_PAGE, request).defaultIfEmpty(1)
                    .map(page -> Links.comment(slug, page, posted.id()));
        } else {
            target = Mono.just(Links.article(slug) + "?awaiting=" + heldMark + "#awaiting-moderation");
        }
        return target.map(location -> {
            MutableHttpResponse<byte[]> response = HttpResponse.<byte[]>status(HttpStatus.SEE_OTHER).header("Location", location)
                    .header("Cache-Control", "no-store");
            if (posted.id() != null) {
                cookies.keep(slug, posted.id(), posted.editToken(), posted.editableUntil(), now, request).ifPresent(response::cookie);
            }
            if (heldMark != null) {
                response.cookie(cookies.awaitingNote(slug, heldMark, marks.lifetime(), request));
            }
            if (notifyAsked && posted.id() != null) {
                response.cookie(cookies.notifyAsked(slug, posted.id(), marks.lifetime(), request));
            }
            return response;
        });
    }

    /** The comment page the form was posted from ({@code cpage}) again, with what was typed and why it was refused. */
    private Mono<HttpResponse<byte[]>> refused(String slug, @Nullable String cpage, ReplyForm typed, Rendered refusal,
                                               HttpRequest<?> request) {
        // 502 and 504: the comment may have been stored, which is no "try again" (503)
        int status = refusal.status() >= 400 && refusal.status() < 500 || refusal.status() == 502 || refusal.status() == 504
                ? refusal.status() : 503;
        ReplyForm explained = ReplyRefusals.explain(refusal, typed, json);
        return pages.render(slug, PageNumbers.parse(cpage), explained, PersonalParts.NONE, false, status, request)
                .map(page -> {
                    MutableHttpResponse<byte[]> response = ArticlePages.page(page, request);
                    if (refusal.retryAfter() != null) {
                        response.header("Retry-After", refusal.retryAfter());
                    }
                    return response;
                });
    }

    private static ReplyForm typed(Map<String, String> fields) {
        return new ReplyForm(fields.getOrDefault("authorName", ""), fields.getOrDefault("authorEmail", ""),
                fields.getOrDefault("authorUrl", ""), fields.getOrDefault("content", ""),
                Identifiers.isId(fields.getOrDefault("parentId", "")) ? fields.get("parentId") : "",
                isChecked(fields.get("notify")), null, Map.of());
    }

    /** The JSON the API takes: blank optional fields are absent, {@code notify} a boolean. */
    private static Map<String, Object> comment(Map<String, String> fields) {
        Map<String, Object> comment = new LinkedHashMap<>();
        comment.put("authorName", fields.get("authorName"));
        comment.put("authorEmail", fields.get("authorEmail"));
        comment.put("authorUrl", blankToNull(fields.get("authorUrl")));
        comment.put("content", fields.get("content"));
        comment.put("parentId", blankToNull(fields.get("parentId")));
        comment.put("notify", isChecked(fields.get("notify")));
        return comment;
    }

    private static boolean isChecked(@Nullable String value) {
        return value != null && (value.equals("true") || value.equals("on") || value.equals("1"));
    }

    @Nullable
    private static String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
