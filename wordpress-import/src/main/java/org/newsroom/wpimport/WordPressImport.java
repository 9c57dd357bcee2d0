package org.newsroom.wpimport;

import org.newsroom.wpimport.platform.ArticleImport;
import org.newsroom.wpimport.platform.ArticleImported;
import org.newsroom.wpimport.platform.CommentBatch;
import org.newsroom.wpimport.platform.CommentImport;
import org.newsroom.wpimport.platform.CommentImported;
import org.newsroom.wpimport.platform.PlatformClient;
import org.newsroom.wpimport.platform.PlatformUnavailable;
import org.newsroom.wpimport.wxr.WxrComment;
import org.newsroom.wpimport.wxr.WxrItem;

import java.io.PrintStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the export's posts and their comments into the platform's imports, one post at a time, and
 * counts what happened. Records are named by {@code site/?p=<post id>} and
 * {@code site/?p=<post id>#comment-<comment id>}, so a second run finds what the first one wrote.
 */
final class WordPressImport {

    /** Batches stay small (the import paths take 8 MiB), so that one refused batch costs little to send again. */
    private static final int BATCH_BYTES = 48_000;
    private static final int BATCH_COMMENTS = 50;

    private final PlatformClient platform;
    private final String site;
    private final ImportReport report;
    private final PrintStream err;

    WordPressImport(PlatformClient platform, String site, ImportReport report, PrintStream err) {
        this.platform = platform;
        this.site = site;
        this.report = report;
        this.err = err;
    }

    void item(WxrItem item) throws PlatformUnavailable {
        if (!item.isPost()) {
            report.skipped("item of type " + (item.type().isEmpty() ? "(none)" : item.type()), 1);
            report.skippedComments("comment of an item that is not a post", item.comments().size());
            return;
        }
        ArticleImported article = platform.importArticle(article(item));
        report.article(article.outcome());
        if (!article.tagsLeftOut().isEmpty()) {
            err.println("note: post " + item.id() + " \"" + item.title() + "\": tags left out (an article keeps at most 50, of at most"
                    + " 50 characters each): " + String.join(", ", article.tagsLeftOut()));
            report.skipped("tag", article.tagsLeftOut().size());
        }
        if (article.isOnPlatform() && "publish".equals(item.status()) && !item.password().isEmpty()) {
            err.println("note: post " + item.id() + " \"" + item.title() + "\" was password-protected in WordPress and is now"
                    + " published for everyone (articles have no passwords): make it a draft if it must stay private");
            report.publishedPasswordProtected();
        }
        if (!article.isOnPlatform()) {
            err.println(article.outcome() + ": post " + item.id() + " \"" + item.title() + "\": " + article.reason());
            report.skippedComments("comment of a post not imported", item.comments().size());
            return;
        }
        importComments(item, article);
    }

    private ArticleImport article(WxrItem item) {
        boolean published = "publish".equals(item.status());
        String slug = decodedSlug(item.name());
        return new ArticleImport(postSource(item.id()), slug.isBlank() ? item.title() : slug, item.title(), item.content(),
                item.excerpt(), item.creator(), item.tags(), published ? "published" : "draft",
                "closed".equals(item.commentStatus()) ? "closed" : "open",
                published ? WxrDates.instant(item.dateGmt(), item.date()) : WxrDates.parse(item.dateGmt()));
    }

    private void importComments(WxrItem item, ArticleImported article) throws PlatformUnavailable {
        List<CommentImport> batch = new ArrayList<>();
        int bytes = 0;
        for (WxrComment comment : item.comments()) {
            if (comment.isPingOrTrackback()) {
                report.skippedComments(comment.type(), 1);
                continue;
            }
            CommentImport imported = comment(item.id(), comment);
            int size = estimatedBytes(imported);
            if (!batch.isEmpty() && (batch.size() == BATCH_COMMENTS || bytes + size > BATCH_BYTES)) {
                send(article, batch);
                batch = new ArrayList<>();
                bytes = 0;
            }
            batch.add(imported);
            bytes += size;
        }
        if (!batch.isEmpty()) {
            send(article, batch);
        }
    }

    /** Each result is counted under the status the file gives its comment; the platform's may differ (moderated since). */
    private void send(ArticleImported article, List<CommentImport> batch) throws PlatformUnavailable {
        Map<String, String> statusInFile = new HashMap<>();
        batch.forEach(comment -> statusInFile.put(comment.source(), comment.status()));
        for (CommentImported result : platform.importComments(new CommentBatch(article.id(), article.slug(), batch))) {
            report.comment(statusInFile.getOrDefault(result.source(), result.status()), result.status(), result.outcome());
            if ("rejected".equals(result.outcome())) {
                err.println("rejected: comment " + result.source() + ": " + result.reason());
            }
        }
    }

    private CommentImport comment(String postId, WxrComment comment) {
        Instant date = WxrDates.instant(comment.dateGmt(), comment.date());
        return new CommentImport(commentSource(postId, comment.id()),
                comment.isTopLevel() ? null : commentSource(postId, comment.parentId()),
                comment.authorName(), comment.authorEmail(), comment.authorUrl(), comment.authorIp(), comment.content(),
                status(comment.approved()), date);
    }

    /** {@code wp:comment_approved}: 1 approved, 0 pending, spam, trash (and post-trashed); anything else waits for a moderator. */
    static String status(String approved) {
        return switch (approved) {
            case "1", "approve", "approved" -> "approved";
            case "spam" -> "spam";
            case "trash", "post-trashed" -> "trash";
            default -> "pending";
        };
    }

    private String postSource(String postId) {
        return site + "/?p=" + postId;
    }

    private String commentSource(String postId, String commentId) {
        return postSource(postId) + "#comment-" + commentId;
    }

    /** {@code wp:post_name} is percent-encoded for non-ASCII slugs ({@code %d7%a9%d7%9c...}). */
    static String decodedSlug(String name) {
        try {
            return URLDecoder.decode(name.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return name;
        }
    }

    private static int estimatedBytes(CommentImport comment) {
        int chars = comment.source().length() * 2 + comment.content().length() + comment.authorName().length()
                + comment.authorEmail().length() + comment.authorUrl().length() + comment.authorIp().length();
        // UTF-8 takes up to 3 bytes a char, JSON escapes up to 6: count 3 and keep a margin
        return chars * 3 + 256;
    }
}
