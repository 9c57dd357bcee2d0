package org.newsroom.acceptance;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Fresh, distinct test data: client IPs, emails, articles. */
final class Fixtures {

    private static final AtomicInteger NEXT = new AtomicInteger(1);

    private Fixtures() {
    }

    /** A client IP nobody else in this JVM uses, so flood windows never collide between tests. */
    static String clientIp() {
        int n = NEXT.getAndIncrement();
        return "198.51." + (n / 250) + "." + (n % 250 + 1);
    }

    static String email() {
        return "reader-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> comment(String email, String content) {
        Map<String, Object> comment = new HashMap<>();
        comment.put("authorName", "Dana");
        comment.put("authorEmail", email);
        comment.put("authorUrl", "https://dana.example");
        comment.put("content", content);
        return comment;
    }

    static Map<String, Object> reply(String email, String content, String parentId) {
        Map<String, Object> reply = comment(email, content);
        reply.put("parentId", parentId);
        return reply;
    }

    /** Creates a published article (open for comments unless told otherwise) and returns its slug. */
    static String publishedArticle(Api editor, String commentStatus) {
        String title = unique("Acceptance article");
        Api.Reply created = editor.post("/api/articles", Map.of(
                "title", title, "body", "## Heading\n\nSome *body* text about budgets.",
                "tags", java.util.List.of("testing"), "status", "published", "commentStatus", commentStatus));
        if (created.status() != 201) {
            throw new IllegalStateException("could not create an article: " + created);
        }
        return created.json().path("slug").asText();
    }
}
