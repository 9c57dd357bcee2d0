package org.newsroom.articles;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/** Seeds the sample article into an empty store, so a new install shows a real page (ARTICLES_SEED_DEMO). */
@Singleton
@Requires(property = "articles.seed-demo", value = "true")
public class DemoContent implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(DemoContent.class);
    private static final String SAMPLE = "classpath:demo/sample-article.md";

    private final ArticleRepository repository;
    private final Articles articles;
    private final ResourceResolver resources;
    private final AtomicBoolean settled = new AtomicBoolean();

    public DemoContent(ArticleRepository repository, Articles articles, ResourceResolver resources) {
        this.repository = repository;
        this.articles = articles;
        this.resources = resources;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        seedIfEmpty()
                .retryWhen(Retry.backoff(5, Duration.ofMillis(200)))
                .doOnSuccess(ignored -> settled.set(true))
                .subscribe(article -> LOG.info("Seeded the sample article '{}'", article.slug()),
                        error -> LOG.warn("Could not seed the sample article: {}", error.getMessage()));
    }

    /** Whether the store holds an article (the sample or others): until then the service is not ready. */
    boolean settled() {
        return settled.get();
    }

    /** The sample article, created only when the store has no article at all. */
    Mono<Article> seedIfEmpty() {
        return repository.count()
                .filter(count -> count == 0)
                .flatMap(empty -> articles.create(sample(), "Newsroom"));
    }

    @SuppressWarnings("unchecked")
    static ArticleInput parse(String document) {
        String[] parts = document.split("(?m)^---\\s*$", 3);
        Map<String, Object> front = new Yaml(new SafeConstructor(new LoaderOptions())).load(parts[1]);
        return new ArticleInput((String) front.get("title"), parts[2].strip(), null, null, (String) front.get("author"),
                (List<String>) front.get("tags"), (String) front.getOrDefault("status", Article.PUBLISHED),
                (String) front.getOrDefault("commentStatus", "open"), null);
    }

    private ArticleInput sample() {
        try (InputStream in = resources.getResourceAsStream(SAMPLE).orElseThrow()) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
