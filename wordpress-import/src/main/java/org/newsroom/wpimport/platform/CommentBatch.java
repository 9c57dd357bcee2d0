package org.newsroom.wpimport.platform;

import java.util.List;

/** Comments of one article, parents before their replies, imported in this order. */
public record CommentBatch(String articleId, String articleSlug, List<CommentImport> comments) {
}
