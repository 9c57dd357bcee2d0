package org.newsroom.gateway.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * A finished JSON answer, ready to be sent as is: status, body, and its ETag when it is a
 * complete success (degraded answers carry none and must not be stored by clients).
 */
public record Rendered(int status, byte[] body, String contentType, @Nullable String etag, boolean degraded,
                       @Nullable String location, @Nullable String retryAfter) {

    public static final String JSON = "application/json";
    public static final String PROBLEM = "application/problem+json";
    public static final String HTML = "text/html; charset=utf-8";
    private static final String MAY_BE_SAVED = "your change may still have been saved. Reload before trying again.";
    private static final MessageDigest SHA_256 = sha256Prototype();

    public static Rendered ok(byte[] body) {
        return new Rendered(200, body, JSON, etagOf(body), false, null, null);
    }

    /** A page; a complete 200 carries an ETag, a degraded one is marked not to be stored. */
    public static Rendered page(int status, byte[] html, boolean degraded) {
        return new Rendered(status, html, HTML, status == 200 && !degraded ? etagOf(html) : null, degraded, null, null);
    }

    /** A finished answer of another kind (a feed, the sitemap) with its ETag. */
    public static Rendered ok(byte[] body, String contentType) {
        return new Rendered(200, body, contentType, etagOf(body), false, null, null);
    }

    public static Rendered degraded(byte[] body) {
        return new Rendered(200, body, JSON, null, true, null, null);
    }

    public static Rendered noContent() {
        return new Rendered(204, new byte[0], JSON, null, false, null, null);
    }

    /** A service's answer as it came; a refusal without a body gets the problem of its status, as every error has one. */
    public static Rendered passThrough(int status, byte[] body, @Nullable String contentType) {
        if (status >= 400 && body.length == 0) {
            return problem(status, reasonOf(status), status == 404 ? "Nothing was found here." : "The request was refused.");
        }
        return new Rendered(status, body, contentType == null ? PROBLEM : contentType, null, false, null, null);
    }

    private static String reasonOf(int status) {
        try {
            return HttpStatus.valueOf(status).getReason();
        } catch (IllegalArgumentException unknown) {
            return "Error";
        }
    }

    public static Rendered problem(int status, String title, String detail) {
        String json = "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}";
        return new Rendered(status, json.getBytes(StandardCharsets.UTF_8), PROBLEM, null, status >= 500, null, null);
    }

    public static Rendered notFound() {
        return problem(404, "Not Found", "Nothing was found here.");
    }

    public static Rendered unavailable(String what) {
        return problem(503, "Service Unavailable", "The " + what + " service is unavailable; please try again shortly.");
    }

    /** A change sent to a service that gave no answer in time: it may have been made, so this is no "try again". */
    public static Rendered outcomeUnknown(String what) {
        return problem(504, "Gateway Timeout", "The " + what + " service did not answer in time; " + MAY_BE_SAVED);
    }

    /** A change a service answered with something other than what it answers (not JSON): it may have been made. */
    public static Rendered unreadableAnswer(String what) {
        return problem(502, "Bad Gateway", "The " + what + " service gave an answer that could not be read; " + MAY_BE_SAVED);
    }

    public Rendered withLocation(@Nullable String newLocation) {
        return new Rendered(status, body, contentType, etag, degraded, newLocation, retryAfter);
    }

    public Rendered withRetryAfter(@Nullable String seconds) {
        return new Rendered(status, body, contentType, etag, degraded, location, seconds);
    }

    public boolean isCacheable() {
        return !degraded && status < 500;
    }

    static String etagOf(byte[] body) {
        byte[] digest = sha256().digest(body);
        return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
    }

    /** A fresh digest cloned from one found once: looking the algorithm up among the providers cost more than a short body's hash. */
    private static MessageDigest sha256() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MessageDigest sha256Prototype() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
