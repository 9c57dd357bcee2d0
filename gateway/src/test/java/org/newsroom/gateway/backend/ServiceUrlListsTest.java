package org.newsroom.gateway.backend;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.ServiceHttpClientConfiguration;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.newsroom.gateway.FakeBackends;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServiceUrlListsTest {

    @Test
    void aListWithSpacesAfterItsCommasKeepsEveryInstance() {
        try (EmbeddedServer gateway = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "micronaut.server.port", -1, "data.dir", FakeBackends.temporaryDirectory(), "jwt.secret", FakeBackends.SECRET,
                "micronaut.http.services.comments.urls", "http://localhost:28408, http://localhost:28402 ,http://10.0.0.6:8082",
                "micronaut.http.services.articles.urls", "http://localhost:8081"))) {
            ApplicationContext context = gateway.getApplicationContext();
            List<URI> comments = context.getBean(ServiceHttpClientConfiguration.class, Qualifiers.byName("comments")).getUrls();
            List<URI> articles = context.getBean(ServiceHttpClientConfiguration.class, Qualifiers.byName("articles")).getUrls();

            assertThat(comments).containsExactly(URI.create("http://localhost:28408"), URI.create("http://localhost:28402"),
                    URI.create("http://10.0.0.6:8082"));
            assertThat(articles).containsExactly(URI.create("http://localhost:8081"));
        }
    }

    @Test
    void anEntryThatIsNoUrlIsNamedByItsPosition() {
        assertThatThrownBy(() -> ServiceUrlLists.parse("comments", "http://a:1, ftp://b:2"))
                .hasMessageContaining("entry 2 of 2").hasMessageContaining("comments");
        assertThat(ServiceUrlLists.parse("comments", " http://a:1 ,, http://b:2 ")).hasSize(2);
    }
}
