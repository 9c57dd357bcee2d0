package org.newsroom.wpimport.platform;

import java.time.Instant;
import java.util.List;

/**
 * An article as {@code PUT /api/import/articles} takes it. {@code source} (the site's address and
 * the WordPress post id) names it across runs; {@code slug} is a wish the service turns into a valid
 * slug; the body is HTML; {@code date} is when it was published (null for a draft without one).
 */
public record ArticleImport(String source, String slug, String title, String body, String excerpt, String author,
                            List<String> tags, String status, String commentStatus, Instant date) {
}
