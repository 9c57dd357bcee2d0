package org.newsroom.comments.mail;

import reactor.core.publisher.Mono;

/**
 * The addresses that used an unsubscribe link. A mail that carries such a link is checked against
 * them just before each attempt to send it, so mail queued earlier, or retried later, stops too.
 */
public interface OptOuts {

    Mono<Boolean> hasOptedOut(String recipient);
}
