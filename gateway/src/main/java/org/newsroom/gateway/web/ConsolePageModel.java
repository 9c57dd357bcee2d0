package org.newsroom.gateway.web;

/** What the signed-in consoles (moderation, editor) take from the site: its name; everything else their scripts fetch. */
public record ConsolePageModel(String siteName) {
}
