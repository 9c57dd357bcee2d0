package org.newsroom.comments.notify;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * MODERATOR_EMAILS and NOTIFY_MAX_PER_HOUR (mails to one reader per hour; 0: no limit). Created at
 * start, so that an entry that is no address stops it rather than leaving a moderator untold.
 */
@Context
@ConfigurationProperties("comments.notify")
public class NotifySettings {

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+");

    private List<String> moderators = List.of();
    private String moderatorEmails = "";
    private int maxPerHour = 10;

    public List<String> moderators() {
        return moderators;
    }

    public String getModeratorEmails() {
        return moderatorEmails;
    }

    /** Blank entries (a trailing comma) are skipped; any other that is not {@code name@domain} is refused, named by its position. */
    public void setModeratorEmails(@Nullable String moderatorEmails) {
        this.moderatorEmails = moderatorEmails == null ? "" : moderatorEmails;
        String[] entries = this.moderatorEmails.split(",", -1);
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].trim();
            if (entry.isEmpty()) {
                continue;
            }
            if (!ADDRESS.matcher(entry).matches()) {
                throw new IllegalArgumentException("MODERATOR_EMAILS entry " + (i + 1) + " of " + entries.length
                        + " is not an email address: \"" + entry + "\"");
            }
            if (!addresses.contains(entry)) {
                addresses.add(entry);
            }
        }
        this.moderators = List.copyOf(addresses);
    }

    public int getMaxPerHour() {
        return maxPerHour;
    }

    public void setMaxPerHour(int maxPerHour) {
        this.maxPerHour = maxPerHour;
    }
}
