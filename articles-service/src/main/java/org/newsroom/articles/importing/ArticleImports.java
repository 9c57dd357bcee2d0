package org.newsroom.articles.importing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import jakarta.inject.Singleton;
import org.newsroom.articles.Article;
import org.newsroom.articles.ArticleRepository;
import org.newsroom.articles.Articles;
import org.newsroom.articles.HtmlBody;
import org.newsroom.articles.SearchTokens;
import org.newsroom.articles.Tags;
import org.newsroom.articles.Slugs;
import org.newsroom.support.http.InvalidInput;
import org.newsroom.support.text.StoredDates;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

/**
 * Imports keyed by source: each import is recorded with a hash of what was imported, so a second
 * run of the same file writes nothing, a changed original updates its article, an interrupted run
 * can be run again, and a slug taken by another article is a conflict, never overwritten.
 */
@Singleton
public class ArticleImports {


    private final ArticleRepository articles;
    private final ImportRecords records;
    private final HtmlBody html;

    public ArticleImports(ArticleRepository articles, ImportRecords records, HtmlBody html) {
        this.articles = articles;
        this.records = records;
        this.html = html;
    }

    public Mono<ArticleImportResult> importArticle(ImportedArticleInput input, String editor) {
        if (input.date() != null && !StoredDates.isStorable(input.date())) {
            return Mono.error(new InvalidInput("date", StoredDates.RANGE_MESSAGE));
        }
        String contentHash = sha256(String.join("\u0000", input.source(), text(input.slug()), text(input.title()),
                text(input.body()), text(input.excerpt()), text(input.author()), String.valueOf(tags(input.tags()).names()),
                input.status(), input.commentStatus(), String.valueOf(input.date())));
        return records.find(input.source())
                .flatMap(known -> known.articleId() == null ? finish(known.slug(), input, editor, contentHash)
                        : contentHash.equals(known.contentHash()) ? unchanged(known.articleId())
                        : update(known.articleId(), input, editor, contentHash))
                .switchIfEmpty(Mono.defer(() -> create(input, editor, contentHash)))
                .map(result -> result.withTagsLeftOut(tagsLeftOut(input.tags())));
    }

    private Mono<ArticleImportResult> unchanged(String articleId) {
        return articles.findById(articleId)
                .map(article -> new ArticleImportResult(ArticleImportResult.UNCHANGED, article.id(), article.slug()))
                .defaultIfEmpty(deleted());
    }

    /** The original changed since it was imported: the article takes the new text, keeping its slug and history. */
    private Mono<ArticleImportResult> update(String articleId, ImportedArticleInput input, String editor, String contentHash) {
        return articles.findById(articleId)
                .flatMap(stored -> articles.update(compose(stored.id(), stored.slug(), input, editor, stored.createdAt(), stored.version()))
                        .flatMap(article -> records.written(input.source(), article.id(), contentHash)
                                .thenReturn(new ArticleImportResult(ArticleImportResult.UPDATED, article.id(), article.slug()))))
                .defaultIfEmpty(deleted());
    }

    private Mono<ArticleImportResult> create(ImportedArticleInput input, String editor, String contentHash) {
        String slug = slugFor(input);
        return articles.findBySlug(slug)
                .flatMap(taken -> Mono.<ArticleImportResult>error(slugTaken(slug, input.source())))
                .switchIfEmpty(Mono.defer(() -> records.reserve(input.source(), slug)
                        .onErrorMap(Articles::isDuplicateKey, concurrentRun -> new HttpStatusException(HttpStatus.CONFLICT,
                                "Another import of " + input.source() + " is under way."))
                        .then(Mono.defer(() -> finish(slug, input, editor, contentHash)))));
    }

    /** Writes the article at its reserved slug; an article already there is the one a stopped run wrote. */
    private Mono<ArticleImportResult> finish(String slug, ImportedArticleInput input, String editor, String contentHash) {
        Mono<Article> written = articles.findBySlug(slug)
                .switchIfEmpty(Mono.defer(() -> articles.save(compose(null, slug, input, editor, null, null))
                        .onErrorResume(Articles::isDuplicateKey, e -> records.forget(input.source())
                                .then(Mono.error(slugTaken(slug, input.source()))))));
        return written.flatMap(article -> records.written(input.source(), article.id(), contentHash)
                .thenReturn(new ArticleImportResult(ArticleImportResult.CREATED, article.id(), article.slug())));
    }

    private Article compose(@Nullable String id, String slug, ImportedArticleInput input, String editor, @Nullable Instant createdAt,
                            @Nullable Long version) {
        Instant now = now();
        String title = text(input.title()).isBlank() ? "Untitled" : input.title().strip();
        String body = text(input.body()).isBlank() ? "" : input.body();
        String safeHtml = html.toSafeHtml(body);
        String excerpt = text(input.excerpt()).isBlank() ? HtmlBody.excerptOfSafe(safeHtml) : html.excerpt(input.excerpt());
        String author = text(input.author()).isBlank() ? editor : input.author().strip();
        Instant date = input.date() == null ? null : input.date().truncatedTo(ChronoUnit.MILLIS);
        boolean published = Article.PUBLISHED.equals(input.status());
        Tags tags = tags(input.tags());
        return new Article(id, slug, title, excerpt, body, safeHtml, author, tags.keys(), input.status(),
                input.commentStatus(), published ? (date == null ? now : date) : null,
                createdAt != null ? createdAt : (date == null ? now : date), now, version,
                SearchTokens.ofArticle(title, excerpt, safeHtml), Article.HTML, editor, tags.names());
    }

    /** The wished slug made valid here; else one from the title; else one from the source. */
    static String slugFor(ImportedArticleInput input) {
        String slug = Slugs.fromTitle(text(input.slug()));
        if (slug.isEmpty()) {
            slug = Slugs.fromTitle(text(input.title()));
        }
        return slug.isEmpty() || Slugs.isReserved(slug) ? "imported-" + sha256(input.source()).substring(0, 12) : slug;
    }

    /** Tags as articles keep them: distinct, at most {@value Tags#MAX_TAGS} of at most {@value Tags#MAX_TAG_LENGTH} characters (longer ones are left out). */
    static Tags tags(@Nullable List<String> tags) {
        if (tags == null) {
            return Tags.of(List.of());
        }
        Tags all = Tags.of(tags.stream().filter(tag -> tag.strip().length() <= Tags.MAX_TAG_LENGTH).toList());
        return all.names().size() <= Tags.MAX_TAGS ? all : Tags.of(all.names().subList(0, Tags.MAX_TAGS));
    }

    /** The original's tags, as distinct names, that {@link #tags} does not keep. */
    static List<String> tagsLeftOut(@Nullable List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        List<String> kept = tags(tags).keys();
        return Tags.of(tags).names().stream().filter(name -> !kept.contains(Tags.keyOf(name))).toList();
    }

    private static ArticleImportResult deleted() {
        return new ArticleImportResult(ArticleImportResult.DELETED, null, null);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpStatusException slugTaken(String slug, String source) {
        return new HttpStatusException(HttpStatus.CONFLICT,
                "The slug '" + slug + "' is taken by an article that was not imported from " + source + ".");
    }
}
