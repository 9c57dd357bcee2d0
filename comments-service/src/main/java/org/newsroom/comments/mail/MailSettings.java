package org.newsroom.comments.mail;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;

/**
 * SMTP_URL and MAIL_FROM, where the local default writes mail, how long SMTP may take, and how the
 * outbox is worked off: how often it is polled, how long a claim lasts (renewed while a send runs),
 * and the retry backoff. Created at start, so that a time-out that is not positive stops it.
 */
@Context
@ConfigurationProperties("comments.mail")
public class MailSettings {

    private String smtpUrl = "";
    private String from = "";
    private String directory = "./data/mail";
    private Duration connectTimeout = Duration.ofSeconds(30);
    /** RFC 5321 §4.5.3.2 gives the server up to 10 minutes for the reply to the final dot, the longest it allows. */
    private Duration replyTimeout = Duration.ofMinutes(10);
    private Duration lease = Duration.ofMinutes(5);
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

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = positive("SMTP_CONNECT_TIMEOUT", connectTimeout);
    }

    public Duration getReplyTimeout() {
        return replyTimeout;
    }

    public void setReplyTimeout(Duration replyTimeout) {
        this.replyTimeout = positive("SMTP_REPLY_TIMEOUT", replyTimeout);
    }

    public Duration getLease() {
        return lease;
    }

    public void setLease(Duration lease) {
        this.lease = positive("comments.mail.lease", lease);
    }

    /** Jakarta Mail reads 0 as "wait for ever", and a negative time-out fails every send. */
    private static Duration positive(String name, Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be longer than 0, not " + duration);
        }
        return duration;
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

    /** How often a sender renews its claim on the mail it is sending: three times a lease. */
    Duration leaseRenewal() {
        return lease.dividedBy(3);
    }

    /** The wait before attempt {@code attempts + 1}: doubling from the first retry, never longer than the longest. */
    Duration backoff(int attempts) {
        Duration wait = firstRetry.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return wait.compareTo(longestRetry) > 0 ? longestRetry : wait;
    }
}
