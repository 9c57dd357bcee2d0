package org.newsroom.gateway.owncomments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import org.newsroom.gateway.http.Identifiers;
import org.newsroom.gateway.pages.Links;
import org.newsroom.gateway.pages.Site;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The edit token of a comment posted with the page's plain form, kept where only the poster's browser
 * has it: one cookie per comment, HttpOnly, SameSite=Strict, Secure on an https site, scoped to the
 * article's path and living an hour past the edit window ({@link #AFTER_THE_WINDOW}): a form sent a little
 * late still carries it, so its poster is told that the time is over rather than that this is not their
 * browser (the token itself is refused once the window is over). Never in a URL or in a page.
 */
@Singleton
public class EditCookies {

    private static final String PREFIX = "comment-edit-";
    private static final String AWAITING_NOTE = "awaiting-moderation";
    private static final String NOTIFY_ASKED = "reply-notify-asked";
    /** How long the cookie outlives the window it holds the end of. */
    static final Duration AFTER_THE_WINDOW = Duration.ofHours(1);

    private final boolean httpsSite;

    public EditCookies(Site site) {
        this.httpsSite = site.url().startsWith("https://");
    }

    /** The cookie keeping {@code token} and the window's end until {@code editableUntil}; none when there is nothing (left) to keep. */
    public Optional<Cookie> keep(String slug, String commentId, @Nullable String token, @Nullable String editableUntil, Instant now,
                                 HttpRequest<?> request) {
        if (!KeptEditToken.isToken(token) || editableUntil == null || !Identifiers.isId(commentId)) {
            return Optional.empty();
        }
        try {
            Instant until = Instant.parse(editableUntil);
            Duration left = Duration.between(now, until);
            return left.getSeconds() < 1 ? Optional.empty()
                    : Optional.of(cookie(slug, commentId, new KeptEditToken(token, until).value(), left.plus(AFTER_THE_WINDOW), request));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The cookie that lets this browser, and no other that has the link, see the note on its held
     * comment: it holds the same mark as the link ({@code AwaitingModerationMarks}).
     */
    public Cookie awaitingNote(String slug, String mark, Duration life, HttpRequest<?> request) {
        return Cookie.of(AWAITING_NOTE, mark).path(Links.article(slug)).httpOnly(true).sameSite(SameSite.Strict)
                .secure(httpsSite || request.isSecure()).maxAge(life.getSeconds());
    }

    /** The mark of the note this browser may see, if it holds one. */
    public static Optional<String> awaitingNote(HttpRequest<?> request) {
        return request.getCookies().findCookie(AWAITING_NOTE).map(Cookie::getValue);
    }

    /**
     * The cookie saying that this browser just posted {@code commentId} asking for reply mail, so that the page the
     * post leads to tells its poster (only) to look for the confirmation mail. It holds no address.
     */
    public Cookie notifyAsked(String slug, String commentId, Duration life, HttpRequest<?> request) {
        return Cookie.of(NOTIFY_ASKED, commentId).path(Links.article(slug)).httpOnly(true).sameSite(SameSite.Strict)
                .secure(httpsSite || request.isSecure()).maxAge(life.getSeconds());
    }

    /** The comment for which this browser just asked for reply mail, if any. */
    public static Optional<String> notifyAsked(HttpRequest<?> request) {
        return request.getCookies().findCookie(NOTIFY_ASKED).map(Cookie::getValue).filter(Identifiers::isId);
    }

    /** The cookie that makes the browser forget a comment's token (spent, or of no use any more). */
    public Cookie forget(String slug, String commentId, HttpRequest<?> request) {
        return cookie(slug, commentId, "", Duration.ZERO, request);
    }

    /** The token, and the end of its window, this browser keeps for {@code commentId}. */
    public static Optional<KeptEditToken> keptToken(HttpRequest<?> request, String commentId) {
        return request.getCookies().findCookie(PREFIX + commentId).map(Cookie::getValue).flatMap(KeptEditToken::parse);
    }

    /** The comments this browser holds a token for whose window is not known to be over. */
    public static Set<String> commentIds(HttpRequest<?> request, Instant now) {
        return request.getCookies().getAll().stream()
                .filter(cookie -> cookie.getName().startsWith(PREFIX)
                        && KeptEditToken.parse(cookie.getValue()).filter(kept -> !kept.windowPassed(now)).isPresent())
                .map(cookie -> cookie.getName().substring(PREFIX.length()))
                .filter(Identifiers::isId)
                .collect(Collectors.toUnmodifiableSet());
    }

    private Cookie cookie(String slug, String commentId, String value, Duration life, HttpRequest<?> request) {
        return Cookie.of(PREFIX + commentId, value).path(Links.article(slug)).httpOnly(true).sameSite(SameSite.Strict)
                .secure(httpsSite || request.isSecure()).maxAge(life.getSeconds());
    }
}
