package org.newsroom.support.http;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RequestIdLogContextTest {

    @AfterEach
    void clearThread() {
        MDC.clear();
    }

    @Test
    void aThreadCarriesTheRequestIdOnlyWhileItWorksOnTheRequest() {
        MDC.put("other", "kept");
        RequestIdLogContext context = new RequestIdLogContext("req-1");

        String previous = context.updateThreadContext();
        assertEquals("req-1", MDC.get(RequestIdFilter.MDC_KEY));
        assertEquals("kept", MDC.get("other"));

        context.restoreThreadContext(previous);
        assertNull(MDC.get(RequestIdFilter.MDC_KEY));
        assertEquals("kept", MDC.get("other"));
    }

    @Test
    void aNestedRequestGivesTheThreadBackToTheOuterOne() {
        RequestIdLogContext outer = new RequestIdLogContext("outer");
        RequestIdLogContext inner = new RequestIdLogContext("inner");

        String beforeOuter = outer.updateThreadContext();
        String beforeInner = inner.updateThreadContext();
        assertEquals("inner", MDC.get(RequestIdFilter.MDC_KEY));

        inner.restoreThreadContext(beforeInner);
        assertEquals("outer", MDC.get(RequestIdFilter.MDC_KEY));
        outer.restoreThreadContext(beforeOuter);
        assertNull(MDC.get(RequestIdFilter.MDC_KEY));
    }
}
