package org.newsroom.gateway.articles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.newsroom.gateway.comments.CommentPage;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** The article page: the article and a page of its approved threads, {@code comments} null when they could not be had. */
@Serdeable
public record ArticleView(Article article, @Nullable CommentPage comments, boolean complete) {

    private static final byte[] START = bytes("{\"article\":");
    private static final byte[] COMMENTS = bytes(",\"comments\":");
    private static final byte[] NO_COMMENTS = bytes(",\"comments\":null,\"complete\":false}");
    private static final byte[] COMPLETE = bytes(",\"complete\":true}");

    /**
     * The view's JSON, as serializing the record writes it, from its parts already in JSON: the
     * article as articles-service wrote it is passed on without being decoded and written again.
     */
    static byte[] json(byte[] article, @Nullable byte[] comments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(article.length + (comments == null ? 0 : comments.length) + 64);
        out.writeBytes(START);
        out.writeBytes(article);
        if (comments == null) {
            out.writeBytes(NO_COMMENTS);
        } else {
            out.writeBytes(COMMENTS);
            out.writeBytes(comments);
            out.writeBytes(COMPLETE);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
