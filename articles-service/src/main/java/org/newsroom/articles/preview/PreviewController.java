package org.newsroom.articles.preview;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import jakarta.validation.Valid;
import org.newsroom.articles.MarkdownRenderer;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * What an article body will look like once saved: the same renderer and sanitizer as a save, and
 * nothing stored. Rendering 200,000 characters takes a while, so it runs off the event loop.
 */
@Controller("/articles/preview")
public class PreviewController {

    private final MarkdownRenderer markdown;

    public PreviewController(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    @Post
    @Secured("EDITOR")
    public Mono<Preview> preview(@Body @Valid PreviewRequest request) {
        return Mono.fromCallable(() -> new Preview(markdown.toSafeHtml(request.body()), excerpt(request)))
                .subscribeOn(Schedulers.boundedElastic());
    }

    private String excerpt(PreviewRequest request) {
        return request.excerpt() == null || request.excerpt().isEmpty() ? markdown.excerpt(request.body()) : request.excerpt();
    }
}
