package org.newsroom.wpimport;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the import did, counted as it goes: articles by outcome, comments by their status in the file and
 * outcome, items skipped by reason. Every comment of the file is counted once, on every run: imported, found
 * again (as the file has it, or as a moderator left it since), deleted here since, rejected, or skipped.
 */
final class ImportReport {

    static final String MODERATED = "kept as moderated";
    private static final Map<String, String> COMMENT_OUTCOMES = labels("created", "created", "updated", "updated", "unchanged", "unchanged",
            MODERATED, MODERATED, "deleted", "deleted here since (not brought back)", "rejected", "rejected");
    private static final Map<String, String> ARTICLE_OUTCOMES = labels("created", "created", "updated", "updated",
            "unchanged", "unchanged", "conflict", "conflict", "rejected", "rejected");

    private final Map<String, Long> articles = new TreeMap<>();
    private final Map<String, Map<String, Long>> comments = new TreeMap<>();
    private final Map<String, Map<String, Long>> moderatedTo = new TreeMap<>();
    private final Map<String, Long> skipped = new TreeMap<>();
    private long commentsSeen;
    private long commentsSkipped;
    private long passwordProtectedPublished;

    void article(String outcome) {
        articles.merge(outcome, 1L, Long::sum);
    }

    /**
     * One comment sent: {@code status} as the file has it, {@code now} as the platform holds it. A comment found
     * again whose status a moderator changed since an earlier run is kept so, and counted as such under the file's status.
     */
    void comment(String status, String now, String outcome) {
        commentsSeen++;
        boolean moderated = ("unchanged".equals(outcome) || "updated".equals(outcome) || "created".equals(outcome)) && now != null && !now.equals(status);
        comments.computeIfAbsent(status, s -> new TreeMap<>()).merge(moderated ? MODERATED : outcome, 1L, Long::sum);
        if (moderated) {
            moderatedTo.computeIfAbsent(status, s -> new TreeMap<>()).merge(now, 1L, Long::sum);
        }
    }

    void skipped(String reason, long count) {
        if (count > 0) {
            skipped.merge(reason, count, Long::sum);
        }
    }

    /** Comments of the file not sent, for {@code reason}. */
    void skippedComments(String reason, long count) {
        skipped(reason, count);
        commentsSkipped += Math.max(count, 0);
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

    /** The summary; {@code commentsInFile} is how many comments the file holds, every one of which the lines account for. */
    void print(PrintStream out, long commentsInFile) {
        out.println("Articles: " + line(articles, ARTICLE_OUTCOMES));
        if (comments.isEmpty()) {
            out.println("Comments: none");
        }
        comments.forEach((status, outcomes) -> out.println("Comments " + status + ": " + line(outcomes, COMMENT_OUTCOMES)
                + nowAs(moderatedTo.getOrDefault(status, Map.of()))));
        if (skipped.isEmpty()) {
            out.println("Skipped: nothing");
        }
        skipped.forEach((reason, count) -> out.println("Skipped " + reason + ": " + count));
        if (passwordProtectedPublished > 0) {
            out.println("Published, password-protected in WordPress: " + passwordProtectedPublished + " (see the notes above)");
        }
        long counted = commentsSeen + commentsSkipped;
        out.println("Comments in the file: " + commentsInFile + (counted == commentsInFile ? ", each counted above"
                : ", " + counted + " counted above (the import stopped before the others)"));
    }

    /** The outcomes in their usual order, the first and "unchanged" even at 0, then any other the platform gave. */
    private static String line(Map<String, Long> counts, Map<String, String> labels) {
        List<String> parts = new ArrayList<>();
        String first = labels.keySet().iterator().next();
        labels.forEach((outcome, label) -> {
            long count = counts.getOrDefault(outcome, 0L);
            if (count > 0 || outcome.equals(first) || outcome.equals("unchanged")) {
                parts.add(count + " " + label);
            }
        });
        counts.forEach((outcome, count) -> {
            if (!labels.containsKey(outcome)) {
                parts.add(count + " " + outcome);
            }
        });
        return String.join(", ", parts);
    }

    private static String nowAs(Map<String, Long> statuses) {
        if (statuses.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        statuses.forEach((status, count) -> parts.add(count + " " + status));
        return " (now " + String.join(", ", parts) + ")";
    }

    private static Map<String, String> labels(String... outcomeThenLabel) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < outcomeThenLabel.length; i += 2) {
            labels.put(outcomeThenLabel[i], outcomeThenLabel[i + 1]);
        }
        return labels;
    }
}
