package org.newsroom.gateway.pages;

import io.micronaut.core.annotation.Nullable;
import org.newsroom.gateway.articles.ListedArticle;

import java.util.List;

/**
 * The front page: a page of articles (filtered by tag or search words), with a note when something is missing. Its
 * heading is {@code lead}, followed by the searched words or the tag ({@code term}) when there are some.
 */
public record FrontPageModel(String siteName, PageHead head, String lead, @Nullable String term, String q, boolean filtered,
                             List<ListedArticle> items, @Nullable String note, Pager pager) {

    public String published(ListedArticle article) {
        return Dates.day(article.publishedAt());
    }
}
