package org.newsroom.comments.notify;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.util.Arrays;
import java.util.List;

/** MODERATOR_EMAILS and NOTIFY_MAX_PER_HOUR (mails to one reader per hour; 0: no limit). */
@ConfigurationProperties("comments.notify")
public class NotifySettings {

    private String moderatorEmails = "";
    private int maxPerHour = 10;

    public List<String> moderators() {
        return Arrays.stream(moderatorEmails.split(",")).map(String::trim).filter(address -> address.contains("@")).distinct().toList();
    }

    public String getModeratorEmails() {
        return moderatorEmails;
    }

    public void setModeratorEmails(@Nullable String moderatorEmails) {
        this.moderatorEmails = moderatorEmails == null ? "" : moderatorEmails;
    }

    public int getMaxPerHour() {
        return maxPerHour;
    }

    public void setMaxPerHour(int maxPerHour) {
        this.maxPerHour = maxPerHour;
    }
}
