package org.newsroom.gateway;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * A test class with one gateway on stub services: the subclass starts it in its {@code @BeforeAll};
 * stubs are reset before each test (before the subclass's own {@code @BeforeEach}) and all is
 * stopped after the class.
 */
abstract class FakeBackendsTest {

    static FakeBackends backends;

    @BeforeEach
    void resetStubs() {
        backends.reset();
    }

    /** A first page pays for class loading on a cold JVM, longer than a service's budget on a busy machine: not what a test measures. */
    static void warmUp(String path) {
        backends.reset();
        backends.commentsAnswer(com.github.tomakehurst.wiremock.client.WireMock.okJson(FakeBackends.commentPage("warm")));
        backends.get(path);
        backends.get(path);
    }

    @AfterAll
    static void stopBackends() {
        backends.close();
        backends = null;
    }
}
