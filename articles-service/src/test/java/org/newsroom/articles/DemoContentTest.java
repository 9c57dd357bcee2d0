package org.newsroom.articles;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@Property(name = "articles.seed-demo", value = "true")
class DemoContentTest {

    static final String SAMPLE = "/articles/israeli-defense-minister-visits-us-amid-tensions-over-gaza-war";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JwtTokenGenerator tokens;

    @Test
    void emptyStoreIsSeededWithThePublishedSampleArticle() throws InterruptedException {
        Http http = new Http(client, tokens);
        Http.Reply sample = http.get(SAMPLE);
        for (Instant deadline = Instant.now().plus(Duration.ofSeconds(20)); sample.status() != 200 && Instant.now().isBefore(deadline); ) {
            Thread.sleep(100);
            sample = http.get(SAMPLE);
        }

        assertThat(sample.status()).isEqualTo(200);
        assertThat(sample.body()).contains("\"title\":\"Israeli Defense Minister Visits US Amid Tensions Over Gaza War\"")
                .contains("<h2>").contains("\"status\":\"published\"").contains("\"middle-east\"").contains("\"author\":\"Newsroom\"");
    }
}
