package org.newsroom.comments;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** MODERATION_MODE, MODERATION_WORDS, BLOCKED_WORDS and the link limit. */
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

    public void setMode(String mode) {
        this.mode = mode == null ? "auto" : mode;
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
