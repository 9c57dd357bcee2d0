package org.newsroom.comments;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** MODERATION_MODE, MODERATION_WORDS, BLOCKED_WORDS and the link limit. */
@Context
@ConfigurationProperties("comments.moderation")
public class ModerationSettings {

    private String mode = "auto";
    private int maxLinks = 2;
    private String moderationWords = "";
    private String blockedWords = "";

    public boolean isManual() {
        return "manual".equalsIgnoreCase(mode.trim());
    }

    public String getMode() {
        return mode;
    }

    /** A mistyped mode would publish what the operator meant to hold: it stops the start instead. */
    public void setMode(String mode) {
        String value = mode == null || mode.isBlank() ? "auto" : mode.trim();
        if (!"auto".equalsIgnoreCase(value) && !"manual".equalsIgnoreCase(value)) {
            throw new IllegalArgumentException("MODERATION_MODE must be auto or manual, not \"" + value + "\"");
        }
        this.mode = value;
    }

    public int getMaxLinks() {
        return maxLinks;
    }

    public void setMaxLinks(int maxLinks) {
        this.maxLinks = maxLinks;
    }

    public List<String> moderationWords() {
        return words(moderationWords);
    }

    public void setModerationWords(String moderationWords) {
        this.moderationWords = moderationWords == null ? "" : moderationWords;
    }

    public List<String> blockedWords() {
        return words(blockedWords);
    }

    public void setBlockedWords(String blockedWords) {
        this.blockedWords = blockedWords == null ? "" : blockedWords;
    }

    private static List<String> words(String list) {
        return Arrays.stream(list.split(",")).map(word -> word.trim().toLowerCase(Locale.ROOT)).filter(word -> !word.isEmpty()).toList();
    }
}
