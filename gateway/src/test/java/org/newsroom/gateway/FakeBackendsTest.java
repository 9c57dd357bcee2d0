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

    @AfterAll
    static void stopBackends() {
        backends.close();
        backends = null;
    }
}
