package org.newsroom.articles;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import jakarta.inject.Singleton;
import org.newsroom.support.http.InvalidInput;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The rules of writing articles: slugs, rendering, publishing, versions, and the deletion outbox. */
@Singleton
public class Articles {

    private final ArticleRepository repository;
    private final ArticleDeletionRepository deletions;
    private final MarkdownRenderer markdown;
    private final HtmlBody html;

    public Articles(ArticleRepository repository, ArticleDeletionRepository deletions, MarkdownRenderer markdown, HtmlBody html) {
        this.repository = repository;
        this.deletions = deletions;
        this.markdown = markdown;
        this.html = html;
    }

    public Mono<Article> create(ArticleInput input, String editor) {
        String slug = input.slug() != null ? input.slug() : Slugs.fromTitle(input.title());
        if (slug.isEmpty()) {
            return Mono.error(new InvalidInput("slug", "cannot be made from this title; give one"));
        }
        if (Slugs.isReserved(slug)) {
            return Mono.error(new InvalidInput("slug", "'" + slug + "' is reserved; give another one"));
        }
        Instant now = now();
        String status = input.status() == null ? Article.DRAFT : input.status();
        Article article = compose(null, slug, input, editor, status, input.commentStatus() == null ? "open" : input.commentStatus(),
                Tags.of(List.of()), Article.PUBLISHED.equals(status) ? now : null, now, now, null, Article.MARKDOWN, editor);
        return repository.findBySlug(slug)
                .flatMap(taken -> Mono.<Article>error(slugTaken(slug)))
                .switchIfEmpty(Mono.defer(() -> repository.save(article)))
                .onErrorMap(Articles::isDuplicateKey, e -> slugTaken(slug));
    }

    /**
     * Replaces an article if {@code expectedVersion} is still its version, as written by {@code editor}.
     * A stale version is a conflict (409), or a failed precondition (412) when it came from {@code If-Match}.
     * The body may be blank only if the stored one is (an article imported without content stays editable):
     * a body is never emptied.
     */
    public Mono<Article> update(String slug, ArticleInput input, @Nullable String ifMatch, String editor) {
        if (input.slug() != null && !input.slug().equals(slug)) {
            return Mono.error(new InvalidInput("slug", "cannot be changed: it is the article's address"));
        }
        Long expected = ifMatch != null ? versionFromIfMatch(ifMatch) : input.version();
        if (expected == null) {
            return Mono.error(new InvalidInput("version", "is required, in the body or as If-Match"));
        }
        HttpStatus staleStatus = ifMatch != null ? HttpStatus.PRECONDITION_FAILED : HttpStatus.CONFLICT;
        return repository.findBySlug(slug)
                .flatMap(stored -> {
                    if (input.hasBlankBody() && !isBlank(stored.body())) {
                        return Mono.error(new InvalidInput("body", "must not be blank"));
                    }
                    if (!expected.equals(stored.version())) {
                        return Mono.error(stale(staleStatus));
                    }
                    String status = input.status() == null ? stored.status() : input.status();
                    String commentStatus = input.commentStatus() == null ? stored.commentStatus() : input.commentStatus();
                    Instant now = now();
                    Instant publishedAt = stored.publishedAt() != null || !Article.PUBLISHED.equals(status) ? stored.publishedAt() : now;
                    ArticleInput replacement = input.body() == null ? input.withBody(stored.body()) : input;
                    return repository.update(compose(stored.id(), stored.slug(), replacement, stored.author(), status, commentStatus,
                            new Tags(stored.shownTags(), stored.tags()), publishedAt, stored.createdAt(), now, stored.version(), Article.formatOf(stored), editor));
                })
                .onErrorMap(OptimisticLockException.class, e -> stale(staleStatus));
    }

    /**
     * Records the deletion in the outbox first, so a crash in between leaves a tombstone rather
     * than comments nobody will remove; a retry after such a crash finds the tombstone in place.
     */
    public Mono<Boolean> delete(String slug) {
        return repository.findBySlug(slug)
                .flatMap(article -> deletions.save(new ArticleDeletion(article.id(), article.slug(), now()))
                        .onErrorResume(Articles::isDuplicateKey, alreadyRecorded -> Mono.empty())
                        .then(repository.deleteById(article.id()))
                        .thenReturn(true))
                .defaultIfEmpty(false);
    }

    /**
     * The article as stored; fields the input leaves out take the given defaults (the stored values on
     * an update). The body keeps its format: an imported HTML article stays HTML when edited.
     */
    private Article compose(@Nullable String id, String slug, ArticleInput input, String defaultAuthor, String status,
                            String commentStatus, Tags defaultTags, @Nullable Instant publishedAt,
                            Instant createdAt, Instant updatedAt, @Nullable Long version, String bodyFormat, String updatedBy) {
        boolean isHtml = Article.HTML.equals(bodyFormat);
        String safeHtml = isHtml ? html.toSafeHtml(input.body()) : markdown.toSafeHtml(input.body());
        String excerpt = input.excerpt() == null || input.excerpt().isEmpty() ? HtmlBody.excerptOfSafe(safeHtml) : input.excerpt();
        String author = input.author() == null || input.author().isEmpty() ? defaultAuthor : input.author();
        Tags tags = input.tags() == null ? defaultTags : Tags.of(input.tags());
        return new Article(id, slug, input.title(), excerpt, input.body(), safeHtml, author, tags.keys(),
                status, commentStatus, publishedAt, createdAt, updatedAt, version,
                SearchTokens.ofArticle(input.title(), excerpt, safeHtml), bodyFormat, updatedBy,
                tags.names());
    }

    private static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    @Nullable
    private static Long versionFromIfMatch(String ifMatch) {
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private static HttpStatusException slugTaken(String slug) {
        return new HttpStatusException(HttpStatus.CONFLICT, "The slug '" + slug + "' is already taken.");
    }

    private static HttpStatusException stale(HttpStatus status) {
        return new HttpStatusException(status, "The article has changed since that version; reload it and edit again.");
    }

    public static boolean isDuplicateKey(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof MongoWriteException write && write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return true;
            }
        }
        return false;
    }
}
