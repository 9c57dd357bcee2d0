package org.newsroom.gateway.pages;

import io.micronaut.core.annotation.Nullable;

/**
 * A page that only says something: not found, bad request, unavailable, an error; {@code keptText}, when there is one,
 * is what a reader typed into a form the site could not take, given back to copy.
 */
public record MessagePageModel(String siteName, PageHead head, String heading, String text, @Nullable String keptText) {
}
