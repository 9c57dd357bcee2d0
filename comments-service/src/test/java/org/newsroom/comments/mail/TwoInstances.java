package org.newsroom.comments.mail;

import io.micronaut.context.ApplicationContext;
import org.newsroom.support.mongo.EmbeddedMongo;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Test-only: two comments-service instances, each with its own outbox poller, on one MongoDB and one SMTP server. */
final class TwoInstances implements AutoCloseable {

    final SmtpServer smtp;
    private final EmbeddedMongo mongo;
    private final ApplicationContext first;
    private final ApplicationContext second;

    /** {@code smtp} is started here; {@code settings} come on top of the store, the server and a quick poll. */
    TwoInstances(Path dataDir, SmtpServer smtp, Map<String, Object> settings) {
        this.mongo = new EmbeddedMongo(dataDir.toString(), false, "comments");
        this.smtp = smtp.start();
        Map<String, Object> all = new HashMap<>(Map.of(
                "mongodb.uri", mongo.connectionString(),
                "jwt.secret", "comments-service-test-secret-0123456789abcdef",
                "comments.mail.smtp-url", smtp.url(),
                "comments.mail.poll-interval", "50ms"));
        all.putAll(settings);
        this.first = ApplicationContext.builder().packages("org.newsroom.comments").properties(all).start();
        this.second = ApplicationContext.builder().packages("org.newsroom.comments").properties(all).start();
    }

    /** The outbox both instances work off. */
    MailOutbox outbox() {
        return first.getBean(MailOutbox.class);
    }

    @Override
    public void close() {
        second.close();
        first.close();
        smtp.stop();
        mongo.close();
    }
}
