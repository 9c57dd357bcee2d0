package org.newsroom.gateway.pages;

import io.micronaut.core.annotation.Nullable;
import org.newsroom.gateway.articles.Article;

import java.util.List;

/**
 * Everything the article template shows. {@code threads} is null when comments could not be had;
 * {@code awaitingModeration} only on the page shown to the poster of a held comment.
 */
public record ArticlePageModel(String siteName, PageHead head, Article article, String publishedLabel, List<String> tags,
                               @Nullable List<CommentItem> threads, long commentCount, Pager pager, boolean open,
                               ReplyForm form, String formAction, String replyTitle, boolean awaitingModeration) {

    public boolean commentsUnavailable() {
        return threads == null;
    }
}
