package org.newsroom.comments.mail;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;

/**
 * SMTP_URL and MAIL_FROM, where the local default writes mail, and how the outbox is worked off:
 * how often it is polled, how long a claim lasts, and the retry backoff.
 */
@ConfigurationProperties("comments.mail")
public class MailSettings {

    private String smtpUrl = "";
    private String from = "";
    private String directory = "./data/mail";
    private Duration lease = Duration.ofMinutes(2);
    private Duration firstRetry = Duration.ofSeconds(30);
    private Duration longestRetry = Duration.ofHours(1);
    private int maxAttempts = 12;

    @Nullable
    public String getSmtpUrl() {
        return smtpUrl;
    }

    public void setSmtpUrl(@Nullable String smtpUrl) {
        this.smtpUrl = smtpUrl == null ? "" : smtpUrl.trim();
    }

    public boolean usesSmtp() {
        return !smtpUrl.isEmpty();
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(@Nullable String from) {
        this.from = from == null ? "" : from.trim();
    }

    public String getDirectory() {
        return directory;
    }

    public void setDirectory(String directory) {
        this.directory = directory;
    }

    public Duration getLease() {
        return lease;
    }

    public void setLease(Duration lease) {
        this.lease = lease;
    }

    public Duration getFirstRetry() {
        return firstRetry;
    }

    public void setFirstRetry(Duration firstRetry) {
        this.firstRetry = firstRetry;
    }

    public Duration getLongestRetry() {
        return longestRetry;
    }

    public void setLongestRetry(Duration longestRetry) {
        this.longestRetry = longestRetry;
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    /** The wait before attempt {@code attempts + 1}: doubling from the first retry, never longer than the longest. */
    Duration backoff(int attempts) {
        Duration wait = firstRetry.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return wait.compareTo(longestRetry) > 0 ? longestRetry : wait;
    }
}
