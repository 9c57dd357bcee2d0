package org.newsroom.gateway.pages;

/** A page that only says something: not found, bad request, unavailable, an error. */
public record MessagePageModel(String siteName, PageHead head, String heading, String text) {
}
