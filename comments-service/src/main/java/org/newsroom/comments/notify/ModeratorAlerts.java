package org.newsroom.comments.notify;

import jakarta.inject.Singleton;
import org.newsroom.comments.Comment;
import org.newsroom.comments.CommentListener;
import org.newsroom.comments.CommentStatus;
import org.newsroom.comments.SecretToken;
import org.newsroom.comments.mail.MailOutbox;
import org.newsroom.comments.mail.OutboxMail;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;

/** One mail to each of MODERATOR_EMAILS per comment that lands in pending: when posted, or when an edit sends it back. */
@Singleton
public class ModeratorAlerts implements CommentListener {

    private final NotifySettings settings;
    private final MailOutbox outbox;
    private final MailTexts texts;
    private final Clock clock;

    public ModeratorAlerts(NotifySettings settings, MailOutbox outbox, MailTexts texts, Clock clock) {
        this.settings = settings;
        this.outbox = outbox;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public Mono<Void> posted(Comment comment, boolean wantsReplies) {
        return isPending(comment) ? alert(comment, "posted") : Mono.empty();
    }

    @Override
    public Mono<Void> edited(Comment before, Comment after) {
        return !isPending(before) && isPending(after) ? alert(after, "edited:" + after.editedAt()) : Mono.empty();
    }

    private static boolean isPending(Comment comment) {
        return CommentStatus.PENDING.equals(comment.status());
    }

    private Mono<Void> alert(Comment comment, String event) {
        MailTexts.Text text = texts.moderation(comment);
        return Flux.fromIterable(settings.moderators())
                .concatMap(moderator -> outbox.enqueue(OutboxMail.of(
                        "moderate:" + comment.id() + ":" + event + ":" + SecretToken.hashOf(moderator.toLowerCase()),
                        "moderation", moderator, text.subject(), text.body(), null, clock.instant())))
                .then();
    }
}
