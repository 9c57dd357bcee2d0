package org.newsroom.support.mongo;

import org.reactivestreams.Publisher;

/**
 * The indexes a feature's queries rely on. Every bean of this type is created, idempotently, before
 * the service takes traffic, side by side with the others: see {@link IndexesBeforeTraffic}.
 */
public interface RequiredIndexes {

    Publisher<?> createIndexes();
}
