package org.newsroom.gateway.pages;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.newsroom.gateway.articles.Article;
import org.newsroom.gateway.articles.ArticleView;
import org.newsroom.gateway.backend.JsonCodec;
import org.newsroom.gateway.comments.CommentPage;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns the article view the JSON API serves into what the article template shows, head metadata included. */
@Singleton
public class ArticlePageComposer {

    public static final int COMMENTS_PER_PAGE = 20;
    private static final int DESCRIPTION_LENGTH = 300;

    private final Site site;
    private final JsonCodec json;

    public ArticlePageComposer(Site site, JsonCodec json) {
        this.site = site;
        this.json = json;
    }

    public ArticlePageModel compose(ArticleView view, int commentPage, ReplyForm form, PersonalParts personal) {
        Article article = view.article();
        CommentPage comments = view.comments();
        List<CommentItem> threads = comments == null || comments.items() == null ? null
                : comments.items().stream().map(CommentItem::of).toList();
        long count = comments == null ? 0 : comments.count();
        String path = site.articlePath(article.slug());
        Pager pager = Pager.of(comments == null ? commentPage : comments.page(), comments == null ? 0 : comments.totalPages(),
                n -> n > 1 ? path + "?cpage=" + n + "#comments" : path + "#comments",
                "← Older comments", "Newer comments →", "Comment pages");
        List<String> tags = article.tags() == null ? List.of() : article.tags();
        boolean held = isStillHeld(personal.awaitingCommentId(), threads);
        String thisPage = pageLink(path, pager.page());
        String replyingTo = replyingTo(form, threads);
        // the reply link of a comment this page does not show (another article's, or none) is ignored, as WordPress does
        ReplyForm shownForm = form.isReply() && replyingTo == null && form.message() == null ? form.asNewThread() : form;
        String notifyAsked = personal.notifyAskedId();
        PageHead head = head(article, comments == null ? null : count, commentPage);
        return new ArticlePageModel(site.name(), form.message() == null ? head : head.asError(), article, ArticleBodyMarkup.forPage(article.bodyHtml()),
                Dates.day(article.publishedAt() == null ? article.updatedAt() : article.publishedAt()), tags, threads, count, pager,
                "open".equals(article.commentStatus()), shownForm, formAction(path, pager.page()), replyingTo,
                thisPage + (pager.page() > 1 ? "&" : "?") + "replytocom=", thisPage + "#respond",
                held, stillChangeable(personal.editable(), threads), held ? awaitingEditLink(article.slug(), personal) : null,
                held && personal.awaitingCommentId().equals(notifyAsked),
                notifyAsked != null && threads != null && find(threads, notifyAsked).isPresent() ? notifyAsked : null);
    }

    /** The poster's comments shown here that they may still change: none with a visible reply (the service refuses it, 409). */
    private static Set<String> stillChangeable(Set<String> editable, @Nullable List<CommentItem> threads) {
        Set<String> changeable = new HashSet<>();
        for (CommentItem comment : threads == null || editable.isEmpty() ? List.<CommentItem>of() : threads) {
            if (editable.contains(comment.id()) && comment.replies().isEmpty()) {
                changeable.add(comment.id());
            }
            changeable.addAll(stillChangeable(editable, comment.replies()));
        }
        return changeable;
    }

    /**
     * The form names the comment page it is on, so that a refused post shows that page again (with the comment replied to),
     * and the form itself: the browser shows the refused form where the reasons are, not the top of the article.
     */
    private static String formAction(String path, int commentPage) {
        return path + "/comments" + (commentPage > 1 ? "?cpage=" + commentPage : "") + "#respond";
    }

    /** This comment page from the site's root: a refused form is shown under the form's address, where a bare query leads elsewhere. */
    private static String pageLink(String path, int commentPage) {
        return path + (commentPage > 1 ? "?cpage=" + commentPage : "");
    }

    /** A held comment that a moderator has approved since shows in the threads: no note on it any more. */
    private static boolean isStillHeld(@Nullable String heldId, @Nullable List<CommentItem> threads) {
        return heldId != null && (threads == null || find(threads, heldId).isEmpty());
    }

    private PageHead head(Article article, @Nullable Long commentCount, int commentPage) {
        String canonical = site.articleUrl(article.slug());
        String description = description(article);
        List<String> tags = article.tags() == null ? List.of() : article.tags();
        List<PageHead.FeedLink> feeds = List.of(
                new PageHead.FeedLink(site.name() + " — articles", site.absolute(FeedPaths.ARTICLES)),
                new PageHead.FeedLink("Comments on “" + article.title() + "”", site.absolute(FeedPaths.articleComments(article.slug()))));
        return new PageHead(article.title() + " — " + site.name(), article.title(), description, canonical, "article", site.name(),
                article.publishedAt(), article.updatedAt(), tags, jsonLd(article, canonical, description, tags, commentCount),
                feeds, commentPage == 1, true);
    }

    private String jsonLd(Article article, String canonical, String description, List<String> tags, @Nullable Long commentCount) {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "NewsArticle");
        ld.put("headline", article.title());
        ld.put("description", description);
        ld.put("datePublished", article.publishedAt());
        ld.put("dateModified", article.updatedAt() == null ? article.publishedAt() : article.updatedAt());
        ld.put("author", Map.of("@type", "Person", "name", article.author() == null ? site.name() : article.author()));
        ld.put("publisher", Map.of("@type", "Organization", "name", site.name(), "url", site.absolute("/")));
        ld.put("url", canonical);
        ld.put("mainEntityOfPage", canonical);
        ld.put("keywords", String.join(", ", tags));
        if (commentCount != null) {
            ld.put("commentCount", commentCount);
        }
        return ScriptSafeJson.of(new String(json.write(ld), StandardCharsets.UTF_8));
    }

    private String description(Article article) {
        String text = Optional.ofNullable(article.excerpt()).filter(excerpt -> !excerpt.isBlank()).orElse(article.title());
        String flat = text.replaceAll("\\s+", " ").trim();
        return flat.length() <= DESCRIPTION_LENGTH ? flat : flat.substring(0, DESCRIPTION_LENGTH - 1).trim() + "…";
    }

    @Nullable
    private static String awaitingEditLink(String slug, PersonalParts personal) {
        String held = personal.awaitingCommentId();
        return held != null && personal.editable().contains(held) ? Links.commentEdit(slug, held) : null;
    }

    @Nullable
    private static String replyingTo(ReplyForm form, @Nullable List<CommentItem> threads) {
        if (!form.isReply() || threads == null) {
            return null;
        }
        return find(threads, form.parentId()).map(CommentItem::authorName).orElse(null);
    }

    private static Optional<CommentItem> find(List<CommentItem> comments, String id) {
        for (CommentItem comment : comments) {
            if (comment.id().equals(id)) {
                return Optional.of(comment);
            }
            Optional<CommentItem> found = find(comment.replies(), id);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
