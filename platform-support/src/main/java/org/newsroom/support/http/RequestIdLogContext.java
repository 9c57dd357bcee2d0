package org.newsroom.support.http;

import io.micronaut.core.propagation.ThreadPropagatedContextElement;
import org.slf4j.MDC;

/**
 * A request's id in the logging context (MDC) of each thread while it works on the request. Only
 * its own key is set and put back: Micronaut's MDC element copies and replaces the thread's whole
 * map at every hop between threads, several times per request.
 */
record RequestIdLogContext(String id) implements ThreadPropagatedContextElement<String> {

    /** What a thread had before: no id. MDC values are never empty (ids are 1 to 100 characters). */
    private static final String NONE = "";

    @Override
    public String updateThreadContext() {
        String previous = MDC.get(RequestIdFilter.MDC_KEY);
        MDC.put(RequestIdFilter.MDC_KEY, id);
        return previous == null ? NONE : previous;
    }

    @Override
    public void restoreThreadContext(String previous) {
        if (NONE.equals(previous)) {
            MDC.remove(RequestIdFilter.MDC_KEY);
        } else {
            MDC.put(RequestIdFilter.MDC_KEY, previous);
        }
    }
}
