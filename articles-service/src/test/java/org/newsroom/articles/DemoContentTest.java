package org.newsroom.articles;

import org.newsroom.support.testing.Http;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** ARTICLES_SEED_DEMO: the sample article is imported into an empty store at startup. */
@MicronautTest(transactional = false)
@Property(name = "articles.seed-demo", value = "true")
class DemoContentTest {

    static final String SAMPLE = "/articles/israeli-defense-minister-visits-us-amid-tensions-over-gaza-war";

    @Inject
    EditorDesk desk;

    @Inject
    DemoContent demoContent;

    @Inject
    ArticleRepository repository;

    @Test
    void emptyStoreIsSeededWithThePublishedSampleArticleOnce() throws InterruptedException {
        Http http = desk.http;
        Http.Reply sample = http.get(SAMPLE);
        for (Instant deadline = Instant.now().plus(Duration.ofSeconds(30)); sample.status() != 200 && Instant.now().isBefore(deadline); ) {
            Thread.sleep(100);
            sample = http.get(SAMPLE);
        }

        assertThat(sample.status()).isEqualTo(200);
        assertThat(sample.body()).contains("\"title\":\"Israeli Defense Minister Visits US Amid Tensions Over Gaza War\"")
                .contains("<h2>Gantz’s Trip Sparks Controversy in Israel</h2>").contains("\"status\":\"published\"")
                .contains("\"commentStatus\":\"open\"").contains("\"tags\":[\"politics\",\"middle-east\",\"us-israel\"]")
                .contains("\"author\":\"Newsroom\"").contains("\"excerpt\":\"Israeli Defense Minister Benny Gantz has arrived")
                .doesNotContain("---").doesNotContain("title:");
        assertThat(http.get("/articles?q=gantz").body()).contains("israeli-defense-minister");

        assertThat(demoContent.seedIfEmpty().blockOptional(Duration.ofSeconds(10))).as("a store with articles is left alone").isEmpty();
        assertThat(repository.count().block(Duration.ofSeconds(10))).isEqualTo(1);
    }

    @Test
    void serviceIsReadyOnlyOnceTheSampleArticleIsThere() throws InterruptedException {
        Http http = desk.http;
        for (Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
             http.get("/health/readiness").status() != 200 && Instant.now().isBefore(deadline); ) {
            Thread.sleep(20);
        }

        assertThat(http.get("/health/readiness").status()).isEqualTo(200);
        assertThat(http.get(SAMPLE).status()).as("the sample article, as soon as the service is ready").isEqualTo(200);
    }

    @Test
    void frontMatterGivesTheArticleFields() {
        ArticleInput input = DemoContent.parse("---\ntitle: A title\nauthor: Dana\ntags: [One, two]\nstatus: draft\n"
                + "commentStatus: closed\n---\n\n## Body\n\ntext\n");

        assertThat(input.title()).isEqualTo("A title");
        assertThat(input.author()).isEqualTo("Dana");
        assertThat(input.tags()).containsExactly("One", "two");
        assertThat(input.status()).isEqualTo("draft");
        assertThat(input.commentStatus()).isEqualTo("closed");
        assertThat(input.body()).isEqualTo("## Body\n\ntext");
    }
}
