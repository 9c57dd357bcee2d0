package org.newsroom.wpimport;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;

/** What the import did, counted as it goes: articles by outcome, comments by status and outcome, items skipped by reason. */
final class ImportReport {

    private final Map<String, Long> articles = new TreeMap<>();
    private final Map<String, Map<String, Long>> comments = new TreeMap<>();
    private final Map<String, Long> skipped = new TreeMap<>();
    private long commentsSeen;
    private long passwordProtectedPublished;

    void article(String outcome) {
        articles.merge(outcome, 1L, Long::sum);
    }

    void comment(String status, String outcome) {
        commentsSeen++;
        comments.computeIfAbsent(status, s -> new TreeMap<>()).merge(outcome, 1L, Long::sum);
    }

    void skipped(String reason, long count) {
        if (count > 0) {
            skipped.merge(reason, count, Long::sum);
        }
    }

    void publishedPasswordProtected() {
        passwordProtectedPublished++;
    }

    long commentsSeen() {
        return commentsSeen;
    }

    long articles(String outcome) {
        return articles.getOrDefault(outcome, 0L);
    }

    long comments(String status, String outcome) {
        return comments.getOrDefault(status, Map.of()).getOrDefault(outcome, 0L);
    }

    long skipped(String reason) {
        return skipped.getOrDefault(reason, 0L);
    }

    void print(PrintStream out) {
        out.println("Articles: " + line(articles, "created", "updated", "unchanged", "conflict", "rejected"));
        if (comments.isEmpty()) {
            out.println("Comments: none");
        }
        comments.forEach((status, outcomes) -> out.println("Comments " + status + ": " + line(outcomes, "created", "updated", "unchanged", "rejected")));
        if (skipped.isEmpty()) {
            out.println("Skipped: nothing");
        }
        skipped.forEach((reason, count) -> out.println("Skipped " + reason + ": " + count));
        if (passwordProtectedPublished > 0) {
            out.println("Published, password-protected in WordPress: " + passwordProtectedPublished + " (see the notes above)");
        }
    }

    private static String line(Map<String, Long> counts, String... outcomes) {
        StringBuilder line = new StringBuilder();
        for (String outcome : outcomes) {
            long count = counts.getOrDefault(outcome, 0L);
            if (count > 0 || outcome.equals(outcomes[0]) || outcome.equals("unchanged")) {
                line.append(line.isEmpty() ? "" : ", ").append(count).append(' ').append(outcome);
            }
        }
        return line.toString();
    }
}
