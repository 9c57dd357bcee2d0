package org.newsroom.comments;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import jakarta.inject.Singleton;
import org.bson.types.ObjectId;
import org.newsroom.support.http.ClientBlocks;
import org.newsroom.support.http.FieldError;
import org.newsroom.support.http.InvalidInput;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Posting, moderating and deleting comments, keeping threads and visibility consistent. */
@Singleton
public class Comments {

    private final CommentRepository repository;
    private final MongoCollection<Comment> collection;
    private final CommentModeration moderation;
    private final FloodGuard floodGuard;
    private final ContentRenderer renderer;
    private final Clock clock;
    private final CommentListeners listeners;
    private final ThreadRepair repair;

    public Comments(CommentRepository repository, MongoCollection<Comment> collection, CommentModeration moderation,
                    FloodGuard floodGuard, ContentRenderer renderer, Clock clock, CommentListeners listeners, ThreadRepair repair) {
        this.repository = repository;
        this.collection = collection;
        this.moderation = moderation;
        this.floodGuard = floodGuard;
        this.renderer = renderer;
        this.clock = clock;
        this.listeners = listeners;
        this.repair = repair;
    }

    /**
     * Who posted: the client address and user agent (for moderators only), whether a moderator did,
     * and the hash of the secret that lets the poster edit the comment for a while (null: none).
     */
    public record Poster(@Nullable String ip, @Nullable String userAgent, boolean moderator, @Nullable String editTokenHash) {
    }

    /** The article a comment is posted on, as the gateway names it (slug and title are kept for moderators and mail). */
    public record Article(String id, @Nullable String slug, @Nullable String title) {
    }

    /**
     * Checks in the contract's order (400, 409, 429), stores the comment, then tells the listeners. A
     * comment above a reply may be deleted between the check and the insert: the reply is then moved
     * up past it, as the deletion does with the replies it finds ({@link ThreadRepair}).
     */
    public Mono<Comment> post(Article article, CommentInput input, Poster poster) {
        String articleId = article.id();
        List<FieldError> problems = input.problems();
        if (!problems.isEmpty()) {
            return Mono.error(new InvalidInput(problems));
        }
        return parentOf(articleId, input.parentId()).flatMap(parent -> {
            List<String> ancestors = threadUnder(parent.orElse(null));
            String emailKey = CommentInput.trimmed(input.authorEmail()).toLowerCase(Locale.ROOT);
            String content = CommentInput.trimmed(input.content());
            String dedupeKey = dedupeKey(articleId, parentIn(ancestors), emailKey, content);
            return repository.existsByDedupeKey(dedupeKey).flatMap(duplicate -> {
                if (duplicate) {
                    return Mono.error(duplicate());
                }
                List<String> floodKeys = poster.moderator() ? List.of() : floodKeys(poster.ip(), emailKey);
                return floodGuard.claim(floodKeys).flatMap(claim -> claim.granted()
                        ? store(article, input, ancestors, repliedTo(parent.orElse(null), ancestors), emailKey, content, dedupeKey, poster)
                                .onErrorResume(DuplicateKey::in,
                                        e -> floodGuard.release(claim.keys()).then(Mono.error(duplicate())))
                                .flatMap(repair::reattach)
                                .flatMap(stored -> listeners.posted(stored, input.wantsReplies()).thenReturn(stored))
                        : Mono.error(new FloodRejected(claim.retryAfterSeconds())));
            });
        });
    }

    private Mono<Comment> store(Article article, CommentInput input, List<String> ancestors, @Nullable String repliedToId,
                                String emailKey, String content, String dedupeKey, Poster poster) {
        String contentHtml = renderer.toSafeHtml(content);
        var submission = new CommentModeration.Submission(CommentInput.trimmed(input.authorName()), emailKey,
                CommentInput.trimmed(input.authorUrl()), content, contentHtml);
        Mono<Boolean> returning = poster.moderator() ? Mono.just(true)
                : repository.existsByAuthorEmailKeyAndStatus(emailKey, CommentStatus.APPROVED);
        return returning.flatMap(known -> {
            String status = moderation.decide(submission, poster.moderator(), known);
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            String url = CommentInput.trimmed(input.authorUrl());
            return repository.save(new Comment(null, article.id(), article.slug(), parentIn(ancestors), rootIn(ancestors),
                    ancestors, ancestors.size() + 1, CommentInput.trimmed(input.authorName()), CommentInput.trimmed(input.authorEmail()), emailKey,
                    url.isEmpty() ? null : url, content, contentHtml, dedupeKey, status,
                    CommentStatus.APPROVED.equals(status), poster.ip(), poster.userAgent(), now, now,
                    article.title(), poster.editTokenHash(), null, repliedToId, ContentFormat.MARKDOWN, null));
        });
    }

    /**
     * A comment brought from elsewhere (an import): it keeps its own status and date, and no flood,
     * moderation, dedupe or mail rule applies; {@code key} is unique to its source. Its content is
     * HTML, as WordPress stores comments. It is threaded under
     * {@code parent} like any reply (capped at the deepest level), shown only if approved and its thread is shown.
     */
    public record Original(String authorName, String authorEmail, @Nullable String authorUrl, String content, String status,
                           @Nullable String ip, Instant createdAt, String key) {
    }

    public Mono<Comment> storeOriginal(String articleId, @Nullable String articleSlug, @Nullable Comment parent, Original original) {
        List<String> ancestors = threadUnder(parent);
        boolean joinedGrandparent = parent != null && !ancestors.contains(parent.id());
        boolean visible = CommentStatus.APPROVED.equals(original.status()) && (parent == null || parent.visible());
        Mono<Comment> saved = repository.save(new Comment(null, articleId, articleSlug, parentIn(ancestors), rootIn(ancestors), ancestors,
                ancestors.size() + 1, original.authorName(), original.authorEmail(), original.authorEmail().toLowerCase(Locale.ROOT),
                original.authorUrl(), original.content(), renderer.htmlToSafeHtml(original.content()), original.key(), original.status(),
                visible, original.ip(), null, original.createdAt(), original.createdAt(), null, null, null, null, ContentFormat.HTML, null))
                .flatMap(repair::reattach);
        // under a hidden parent at the deepest level it joins that parent's parent, whose visibility decides
        return joinedGrandparent && !parent.visible() && CommentStatus.APPROVED.equals(original.status())
                ? saved.flatMap(comment -> refreshVisibility(comment.id()).then(repository.findById(comment.id())))
                : saved;
    }

    /** The ancestors of a reply to {@code parent}; a reply to a comment at the deepest level joins that comment's parent. */
    private static List<String> threadUnder(@Nullable Comment parent) {
        if (parent == null) {
            return List.of();
        }
        List<String> ancestors = new ArrayList<>(parent.ancestors());
        if (parent.depth() < Comment.MAX_DEPTH) {
            ancestors.add(parent.id());
        }
        return ancestors;
    }

    /** The comment a reply was written to, when the depth cap threaded it under that comment's parent instead. */
    @Nullable
    private static String repliedTo(@Nullable Comment parent, List<String> ancestors) {
        return parent != null && !ancestors.contains(parent.id()) ? parent.id() : null;
    }

    @Nullable
    private static String parentIn(List<String> ancestors) {
        return ancestors.isEmpty() ? null : ancestors.get(ancestors.size() - 1);
    }

    @Nullable
    private static String rootIn(List<String> ancestors) {
        return ancestors.isEmpty() ? null : ancestors.get(0);
    }

    private Mono<Optional<Comment>> parentOf(String articleId, @Nullable String parentId) {
        if (parentId == null || parentId.isBlank()) {
            return Mono.just(Optional.empty());
        }
        InvalidInput invalid = new InvalidInput("parentId", "must be a visible comment of the same article");
        if (!ObjectIds.isValid(parentId)) {
            return Mono.error(invalid);
        }
        return repository.findById(parentId)
                .filter(parent -> parent.visible() && !parent.underDeletion() && parent.articleId().equals(articleId))
                .map(Optional::of)
                .switchIfEmpty(Mono.error(invalid));
    }

    public Mono<Comment> changeStatus(String id, @Nullable String status) {
        if (status == null || !CommentStatus.ALL.contains(status)) {
            return Mono.error(new InvalidInput("status", "must be one of approved, pending, spam, trash"));
        }
        if (!ObjectIds.isValid(id)) {
            return Mono.empty();
        }
        // a comment being deleted for good answers 404, and is never shown again
        return repository.findById(id).filter(before -> !before.underDeletion()).flatMap(before -> {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            return Mono.from(collection.updateOne(Filters.and(Filters.eq("_id", new ObjectId(id)), Filters.ne("deleting", true)),
                            Updates.combine(Updates.set("status", status), Updates.set("updatedAt", now))))
                    .filter(result -> result.getMatchedCount() == 1)
                    .flatMap(result -> statusChanged(before));
        });
    }

    /** What follows a status change stored over {@code before}: the thread's visibility, then the listeners; answers the comment as it is now. */
    public Mono<Comment> statusChanged(Comment before) {
        return refreshVisibility(before.id())
                .then(repository.findById(before.id()))
                .flatMap(after -> listeners.statusChanged(before, after).thenReturn(after));
    }

    public Mono<Long> deleteArticle(String articleId) {
        return repository.deleteByArticleId(articleId);
    }

    /**
     * Recomputes {@code visible} for a comment and everything under it, after its status changed: shown
     * when it and every comment above it are approved. A comment being deleted is hidden, and does not
     * hide its replies (they are moving up past it); one that is gone does not count either.
     */
    public Mono<Void> refreshVisibility(String id) {
        return repository.findById(id).flatMap(changed -> repair.standing(changed.ancestors()).flatMap(above -> {
            boolean openAbove = above.values().stream().filter(comment -> !comment.deleting()).allMatch(ThreadRepair.Above::approved);
            return repository.findByAncestors(id).collectList().flatMap(subtree -> {
                Map<String, Boolean> visible = new HashMap<>();
                Map<String, Boolean> open = new HashMap<>();
                decide(changed, openAbove, visible, open);
                List<Comment> ordered = new ArrayList<>(subtree);
                ordered.sort(Comparator.comparingInt(Comment::depth));
                for (Comment comment : ordered) {
                    decide(comment, open.getOrDefault(comment.parentId(), false), visible, open);
                }
                List<ObjectId> shown = ids(visible, true);
                List<ObjectId> hidden = ids(visible, false);
                return Mono.when(
                        shown.isEmpty() ? Mono.empty() : Mono.from(collection.updateMany(
                                Filters.and(Filters.in("_id", shown), Filters.ne("deleting", true)), Updates.set("visible", true))),
                        hidden.isEmpty() ? Mono.empty() : Mono.from(collection.updateMany(Filters.in("_id", hidden), Updates.set("visible", false))));
            });
        }));
    }

    /** Whether {@code comment} is shown, and whether its replies may be, when the comments above it let them be shown ({@code openAbove}). */
    private static void decide(Comment comment, boolean openAbove, Map<String, Boolean> visible, Map<String, Boolean> open) {
        boolean shown = openAbove && CommentStatus.APPROVED.equals(comment.status()) && !comment.underDeletion();
        visible.put(comment.id(), shown);
        open.put(comment.id(), comment.underDeletion() ? openAbove : shown);
    }

    private static List<ObjectId> ids(Map<String, Boolean> visible, boolean wanted) {
        return visible.entrySet().stream().filter(entry -> entry.getValue() == wanted).map(entry -> new ObjectId(entry.getKey())).toList();
    }

    /** Flood windows are keyed by hashes, so the marks hold no address or email in clear; an IPv6 client by its /64. */
    private static List<String> floodKeys(@Nullable String ip, String emailKey) {
        List<String> keys = new ArrayList<>();
        if (ip != null && !ip.isBlank()) {
            keys.add("ip:" + sha256(ClientBlocks.of(ip)));
        }
        keys.add("email:" + sha256(emailKey));
        return keys;
    }

    /** What makes two comments the same: article, parent, author's email and text. */
    public static String dedupeKey(String articleId, @Nullable String parentId, String emailKey, String content) {
        return sha256(articleId + "\n" + (parentId == null ? "" : parentId) + "\n" + emailKey + "\n" + content);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static HttpStatusException duplicate() {
        return new HttpStatusException(HttpStatus.CONFLICT, "This comment was already posted.");
    }

}
