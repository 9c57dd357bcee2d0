package org.newsroom.comments.notify;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A comment whose author asked for mail when someone replies to it (their address is the subscriber's). */
@MappedEntity("reply_watches")
public record ReplyWatch(@Id String commentId, String subscriberId, Instant createdAt) {
}
