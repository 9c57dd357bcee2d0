package org.newsroom.comments;

import com.mongodb.reactivestreams.client.FindPublisher;
import reactor.core.publisher.Flux;

/** Pages of a sorted query; a page no store could reach (its skip past {@code int}) is past the last, so empty. */
final class Paging {

    private Paging() {
    }

    static <T> Flux<T> page(FindPublisher<T> sorted, int page, int size) {
        long skip = (long) (page - 1) * size;
        return skip > Integer.MAX_VALUE ? Flux.empty() : Flux.from(sorted.skip((int) skip).limit(size));
    }
}
