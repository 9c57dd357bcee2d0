package org.newsroom.comments.notify;

import jakarta.inject.Singleton;
import org.newsroom.comments.Comment;
import org.newsroom.comments.CommentListener;
import org.newsroom.comments.CommentRepository;
import org.newsroom.comments.CommentStatus;
import org.newsroom.comments.mail.MailOutbox;
import org.newsroom.comments.mail.OutboxMail;
import org.newsroom.comments.position.ThreadPositions;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Mail to a comment's author when a direct reply to it (or a reply written to it that the depth cap
 * threaded under its parent) becomes approved: on posting (approved at
 * once) or when a moderator approves it later; never before, never to the replier themself, never
 * about a comment that is no longer visible (its author deleted it, a moderator took it down), only
 * to a confirmed address, once per reply, and within the hourly cap. The link points at the comment
 * page of the article that shows the reply.
 *
 * <p>Asking for replies on a comment stored as spam (or trash) sends no confirmation: such a post
 * may come from anyone, with anyone's address. Should a moderator let the comment through, the
 * confirmation goes out then.
 */
@Singleton
public class ReplyNotifications implements CommentListener {

    private final Subscriptions subscriptions;
    private final CommentRepository comments;
    private final MailOutbox outbox;
    private final MailTexts texts;
    private final HourlyMailCap cap;
    private final ThreadPositions positions;
    private final Clock clock;

    public ReplyNotifications(Subscriptions subscriptions, CommentRepository comments, MailOutbox outbox, MailTexts texts,
                              HourlyMailCap cap, ThreadPositions positions, Clock clock) {
        this.subscriptions = subscriptions;
        this.comments = comments;
        this.outbox = outbox;
        this.texts = texts;
        this.cap = cap;
        this.positions = positions;
        this.clock = clock;
    }

    @Override
    public Mono<Void> posted(Comment comment, boolean wantsReplies) {
        Mono<Void> watch = wantsReplies ? subscriptions.watch(comment, isHeldOrShown(comment)) : Mono.empty();
        return watch.then(isApproved(comment) ? replyApproved(comment) : Mono.empty());
    }

    @Override
    public Mono<Void> statusChanged(Comment before, Comment after) {
        Mono<Void> confirmation = !isHeldOrShown(before) && isHeldOrShown(after) ? subscriptions.confirmIfWatched(after) : Mono.empty();
        return confirmation.then(!isApproved(before) && isApproved(after) ? replyApproved(after) : Mono.empty());
    }

    private static boolean isApproved(Comment comment) {
        return CommentStatus.APPROVED.equals(comment.status());
    }

    /** Approved or pending: not thrown out as spam or trash. */
    private static boolean isHeldOrShown(Comment comment) {
        return isApproved(comment) || CommentStatus.PENDING.equals(comment.status());
    }

    /** Tells the parent's author, and the author of the comment it was written to when the depth cap moved it. */
    private Mono<Void> replyApproved(Comment reply) {
        return Flux.fromStream(Stream.of(reply.parentId(), reply.repliedToId()).filter(Objects::nonNull))
                .concatMap(comments::findById)
                .filter(parent -> parent.visible() && !parent.authorEmailKey().equals(reply.authorEmailKey()))
                .concatMap(parent -> subscriptions.confirmedWatcher(parent.id()).flatMap(subscriber -> {
                    String dedupeKey = "reply:" + reply.id() + ":" + subscriber.id();
                    return outbox.contains(dedupeKey).flatMap(queued -> queued ? Mono.<Void>empty()
                            : cap.take(subscriber.id()).flatMap(allowed -> allowed ? queue(dedupeKey, parent, reply, subscriber) : Mono.empty()));
                }))
                .then();
    }

    private Mono<Void> queue(String dedupeKey, Comment parent, Comment reply, Subscriber subscriber) {
        return positions.pageOf(reply, ThreadPositions.SITE_THREADS_PER_PAGE).defaultIfEmpty(1)
                .flatMap(page -> queue(dedupeKey, texts.reply(parent, reply, page, subscriber.unsubscribeToken()), subscriber));
    }

    private Mono<Void> queue(String dedupeKey, MailTexts.Text text, Subscriber subscriber) {
        return outbox.enqueue(OutboxMail.of(dedupeKey, "reply", subscriber.email(), text.subject(), text.body(),
                texts.unsubscribeLink(subscriber.unsubscribeToken()), clock.instant())).then();
    }
}
