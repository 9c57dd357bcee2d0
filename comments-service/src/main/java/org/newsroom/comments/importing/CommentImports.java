package org.newsroom.comments.importing;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.newsroom.comments.Comment;
import org.newsroom.comments.CommentRepository;
import org.newsroom.comments.CommentStatus;
import org.newsroom.comments.CommentInput;
import org.newsroom.comments.Comments;
import org.newsroom.comments.ContentFormat;
import org.newsroom.comments.ContentRenderer;
import org.newsroom.comments.DuplicateKey;
import org.newsroom.support.text.StoredDates;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Imports comments one after the other, so that a parent is stored before its replies. Each one's
 * dedupe key is derived from its source (unique index: never twice), and the source is recorded
 * with the comment it became, so a comment a moderator deleted since is not brought back. A comment
 * imported before content formats were recorded was shown as Markdown; importing it again shows it
 * as the HTML it is ({@code updated}), once, and changes nothing else.
 */
@Singleton
public class CommentImports {

    private static final int MAX_CONTENT = 10_000;
    private static final Pattern WEB_URL = Pattern.compile("(?i)https?://[^\\s<>\"']{1,190}");
    private static final Pattern IP = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
    private static final Pattern SOURCE = Pattern.compile("https?://\\S{1,490}");

    private final Comments comments;
    private final CommentRepository repository;
    private final MongoCollection<Comment> collection;
    private final MongoCollection<Document> records;
    private final ContentRenderer renderer;

    public CommentImports(Comments comments, CommentRepository repository, MongoCollection<Comment> collection, MongoDatabase database,
                          ContentRenderer renderer) {
        this.comments = comments;
        this.repository = repository;
        this.collection = collection;
        this.records = database.getCollection("imported_comments");
        this.renderer = renderer;
    }

    public Mono<CommentImportResult> importAll(ImportedComments batch) {
        return Flux.fromIterable(batch.comments())
                .concatMap(comment -> importOne(batch.articleId(), batch.articleSlug(), comment))
                .collectList()
                .map(CommentImportResult::new);
    }

    private Mono<CommentImportResult.Outcome> importOne(String articleId, @Nullable String articleSlug, ImportedCommentInput input) {
        String problem = problemWith(input);
        if (problem != null) {
            return Mono.just(new CommentImportResult.Outcome(input.source(), "rejected", input.status(), null, problem));
        }
        return Mono.from(records.find(Filters.eq("_id", input.source())).first())
                .flatMap(record -> repository.findById(record.getString("commentId"))
                        .flatMap(found -> importedBefore(input, found))
                        .defaultIfEmpty(new CommentImportResult.Outcome(input.source(), "deleted", input.status(), null, null)))
                .switchIfEmpty(Mono.defer(() -> create(articleId, articleSlug, input)));
    }

    /**
     * Stores the comment under its parent. A comment a stopped run stored without recording it is
     * found by its unique key when storing it again fails.
     */
    private Mono<CommentImportResult.Outcome> create(String articleId, @Nullable String articleSlug, ImportedCommentInput input) {
        Mono<Optional<Comment>> parent = input.parentSource() == null ? Mono.just(Optional.empty())
                : imported(input.parentSource()).filter(found -> found.articleId().equals(articleId)).map(Optional::of)
                        .defaultIfEmpty(Optional.empty());
        return parent.flatMap(above -> comments.storeOriginal(articleId, articleSlug, above.orElse(null), original(input)))
                .flatMap(created -> recorded(input, articleId, created, "created"))
                .onErrorResume(DuplicateKey::in, storedBefore -> byKey(input.source())
                        .flatMap(written -> importedBefore(input, written)
                                .flatMap(outcome -> recorded(input, articleId, written, outcome.outcome()))));
    }

    /** {@code unchanged}, or {@code updated} the one time a comment stored without a content format is shown as HTML. */
    private Mono<CommentImportResult.Outcome> importedBefore(ImportedCommentInput input, Comment found) {
        if (found.contentFormat() != null) {
            return Mono.just(outcome(input, "unchanged", found));
        }
        return Mono.from(collection.updateOne(
                        Filters.and(Filters.eq("_id", new ObjectId(found.id())), Filters.eq("contentFormat", null)),
                        Updates.combine(Updates.set("contentFormat", ContentFormat.HTML),
                                Updates.set("contentHtml", renderer.htmlToSafeHtml(found.content())))))
                .map(result -> outcome(input, result.getModifiedCount() == 1 ? "updated" : "unchanged", found));
    }

    /** An imported comment by its source: through its record (an id lookup), else by its unique key. */
    private Mono<Comment> imported(String source) {
        return Mono.from(records.find(Filters.eq("_id", source)).first())
                .flatMap(record -> repository.findById(record.getString("commentId")))
                .switchIfEmpty(Mono.defer(() -> byKey(source)));
    }

    private Mono<CommentImportResult.Outcome> recorded(ImportedCommentInput input, String articleId, Comment comment, String outcome) {
        Document record = new Document("_id", input.source()).append("commentId", comment.id()).append("articleId", articleId)
                .append("importedAt", Instant.now());
        return Mono.from(records.insertOne(record))
                .onErrorResume(DuplicateKey::in, alreadyRecorded -> Mono.empty())
                .thenReturn(outcome(input, outcome, comment));
    }

    private Mono<Comment> byKey(String source) {
        return Mono.from(collection.find(Filters.eq("dedupeKey", keyOf(source))).first());
    }

    private static Comments.Original original(ImportedCommentInput input) {
        String name = text(input.authorName()).strip();
        String email = text(input.authorEmail()).strip();
        String url = text(input.authorUrl()).strip();
        String ip = text(input.authorIp()).strip();
        Instant createdAt = input.createdAt() == null ? Instant.now() : input.createdAt();
        return new Comments.Original(name.isEmpty() ? "Anonymous" : cut(name, 245), email.length() > 100 ? "" : email,
                WEB_URL.matcher(url).matches() ? url : null, input.content().strip(), input.status(),
                IP.matcher(ip).matches() ? ip : null, createdAt.truncatedTo(ChronoUnit.MILLIS), keyOf(input.source()));
    }

    @Nullable
    private static String problemWith(ImportedCommentInput input) {
        if (input.source() == null || !SOURCE.matcher(input.source()).matches()) {
            return "source must be the http(s) address of the original";
        }
        if (input.parentSource() != null && !SOURCE.matcher(input.parentSource()).matches()) {
            return "parentSource must be the http(s) address of the parent";
        }
        if (input.status() == null || !CommentStatus.ALL.contains(input.status())) {
            return "status must be one of approved, pending, spam, trash";
        }
        if (input.createdAt() != null && !StoredDates.isStorable(input.createdAt())) {
            return "createdAt " + StoredDates.RANGE_MESSAGE;
        }
        String content = text(input.content()).strip();
        if (content.isEmpty()) {
            return "content is required";
        }
        return CommentInput.characters(content) > MAX_CONTENT ? "content must be at most 10000 characters" : null;
    }

    private static CommentImportResult.Outcome outcome(ImportedCommentInput input, String outcome, Comment comment) {
        return new CommentImportResult.Outcome(input.source(), outcome, comment.status(), comment.id(), null);
    }

    /** Imported comments are exempt from dedupe-by-content: their unique key comes from their source instead. */
    static String keyOf(String source) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
            return "import:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cut(String text, int max) {
        return CommentInput.characters(text) <= max ? text : text.substring(0, text.offsetByCodePoints(0, max));
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
