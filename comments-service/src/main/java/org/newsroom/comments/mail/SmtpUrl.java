package org.newsroom.comments.mail;

import io.micronaut.core.annotation.Nullable;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** SMTP_URL taken apart: {@code smtp://user:pass@host:port} (STARTTLS when offered) or {@code smtps://…} (TLS from the start). */
record SmtpUrl(String protocol, String host, int port, @Nullable String user, @Nullable String password) {

    static SmtpUrl parse(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("SMTP_URL is not a URL like smtp://user:pass@host:587");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        if (!scheme.equals("smtp") && !scheme.equals("smtps") || uri.getHost() == null) {
            throw new IllegalStateException("SMTP_URL must look like smtp://user:pass@host:587 or smtps://user:pass@host:465");
        }
        int port = uri.getPort() > 0 ? uri.getPort() : scheme.equals("smtps") ? 465 : 25;
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
            password = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "";
        }
        return new SmtpUrl(scheme, uri.getHost(), port, user, password);
    }
}
