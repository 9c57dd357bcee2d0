package org.newsroom.gateway.web;

import io.micronaut.core.io.ResourceResolver;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Swagger UI page the build generates, and the Content-Security-Policy it runs under: its one
 * inline script is allowed by its SHA-256 hash, no other inline script runs. Swagger UI styles
 * its elements inline, so styles may be inline here (and only here).
 */
@Singleton
public class SwaggerUiPage {

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);

    private final byte[] html;
    private final String policy;

    public SwaggerUiPage(ResourceResolver resources) {
        try (InputStream in = resources.getResourceAsStream("classpath:META-INF/swagger/views/swagger-ui/index.html").orElseThrow()) {
            html = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        policy = policyFor(new String(html, StandardCharsets.UTF_8));
    }

    static String policyFor(String page) {
        StringBuilder scripts = new StringBuilder("'self'");
        Matcher inline = INLINE_SCRIPT.matcher(page);
        while (inline.find()) {
            scripts.append(" 'sha256-").append(sha256(inline.group(1))).append('\'');
        }
        return "default-src 'self'; script-src " + scripts + "; style-src 'self' 'unsafe-inline'; img-src 'self' https: data:; "
                + "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'";
    }

    private static String sha256(String script) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public byte[] html() {
        return html;
    }

    public String policy() {
        return policy;
    }
}
