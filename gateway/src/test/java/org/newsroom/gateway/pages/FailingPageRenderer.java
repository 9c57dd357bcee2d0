package org.newsroom.gateway.pages;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.views.jte.HtmlJteViewsRenderer;
import jakarta.inject.Singleton;

import java.util.Map;

/** The real renderer, except that the article and front templates fail in the engine as a broken template would. */
@Singleton
@Replaces(PageRenderer.class)
@Requires(property = "test.broken-templates", value = "true")
class FailingPageRenderer extends PageRenderer {

    FailingPageRenderer(HtmlJteViewsRenderer<Map<String, Object>> views) {
        super(views);
    }

    @Override
    public byte[] render(String name, Object page) {
        return super.render(name.equals("message") ? name : "no-such-template-" + name, page);
    }
}
