package org.newsroom.gateway.owncomments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import org.newsroom.gateway.http.Rendered;
import org.newsroom.gateway.pages.Dates;
import org.newsroom.gateway.pages.Links;
import org.newsroom.gateway.pages.MessagePages;
import org.newsroom.gateway.pages.PageHead;
import org.newsroom.gateway.pages.PageRenderer;
import org.newsroom.gateway.pages.Site;

import java.util.List;

/** The poster's own-comment page in its two forms (a text to change, or only a reason), private to that browser and never stored. */
@Singleton
class OwnCommentPageViews {

    private final MessagePages messages;
    private final PageRenderer renderer;
    private final Site site;

    OwnCommentPageViews(MessagePages messages, PageRenderer renderer, Site site) {
        this.messages = messages;
        this.renderer = renderer;
        this.site = site;
    }

    /** The form with {@code content}, and {@code own}'s edit window and state when known. */
    MutableHttpResponse<byte[]> changeable(String slug, String id, String content, int status, @Nullable String message,
                                           @Nullable OwnCommentPages.OwnComment own) {
        return form(slug, id, content, status, message, own, false);
    }

    /** The form again with the text typed, which was refused for {@code message}: the field says it is invalid, and why. */
    MutableHttpResponse<byte[]> textRefused(String slug, String id, String content, int status, String message,
                                            @Nullable OwnCommentPages.OwnComment own) {
        return form(slug, id, content, status, message, own, true);
    }

    private MutableHttpResponse<byte[]> form(String slug, String id, String content, int status, @Nullable String message,
                                             @Nullable OwnCommentPages.OwnComment own, boolean textRefused) {
        String until = own == null ? null : own.editableUntil();
        return page(status, new OwnCommentPageModel(site.name(), head(slug, id), Links.article(slug), Links.commentEdit(slug, id), content,
                message, until, until == null ? null : Dates.dayAndTime(until), true, true, own != null && "pending".equals(own.status()),
                textRefused));
    }

    /** Why the comment cannot be changed here, without a form. */
    MutableHttpResponse<byte[]> closed(String slug, String id, String content, int status, String message) {
        return page(status, new OwnCommentPageModel(site.name(), head(slug, id), Links.article(slug), Links.commentEdit(slug, id), content,
                message, null, null, false, false, false, false));
    }

    /** Why the comment cannot be changed any more, with its text and the button that still deletes it. */
    MutableHttpResponse<byte[]> withdrawable(String slug, String id, String content, int status, String message) {
        return page(status, new OwnCommentPageModel(site.name(), head(slug, id), Links.article(slug), Links.commentEdit(slug, id), content,
                message, null, null, false, true, false, false));
    }

    MutableHttpResponse<byte[]> notFound() {
        Rendered page = messages.notFound();
        return HttpResponse.<byte[]>status(HttpStatus.NOT_FOUND).body(page.body()).contentType(Rendered.HTML)
                .header("Cache-Control", "private, no-store");
    }

    private PageHead head(String slug, String id) {
        String heading = "Edit your comment";
        return new PageHead(heading + " — " + site.name(), heading, "Change or delete the comment you posted.",
                site.absolute(Links.commentEdit(slug, id)), "website", site.name(), null, null, List.of(), null, List.of(), false, false);
    }

    private MutableHttpResponse<byte[]> page(int status, OwnCommentPageModel model) {
        return HttpResponse.<byte[]>status(HttpStatus.valueOf(status)).body(renderer.render("ownComment", model))
                .contentType(Rendered.HTML).header("Cache-Control", "private, no-store");
    }
}
