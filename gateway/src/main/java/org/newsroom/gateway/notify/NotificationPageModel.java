package org.newsroom.gateway.notify;

import io.micronaut.core.annotation.Nullable;
import org.newsroom.gateway.pages.PageHead;

/** A confirmation or unsubscribe page: what happened or what the button does, and the form posting to {@code action} if any. */
public record NotificationPageModel(String siteName, PageHead head, String heading, String text, @Nullable String action,
                                    @Nullable String button) {
}
