package org.newsroom.gateway.pages;

import io.micronaut.core.annotation.Nullable;
import org.newsroom.gateway.articles.ListedArticle;

import java.util.List;

/** The front page: a page of articles (filtered by tag or search words), with a note when something is missing. */
public record FrontPageModel(String siteName, PageHead head, String heading, String q, boolean filtered,
                             List<ListedArticle> items, @Nullable String note, Pager pager) {

    public String published(ListedArticle article) {
        return Dates.day(article.publishedAt());
    }
}
