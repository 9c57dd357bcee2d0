package org.newsroom.bench;

import org.newsroom.articles.MarkdownRenderer;
import org.newsroom.comments.ContentRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** What a write costs in rendering: a reader's comment, and the sample article's Markdown. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RenderingBenchmark {

    private static final String COMMENT = "I read this twice. The part about the ceasefire talks matches what "
            + "https://news.example.org/live reported this morning.\nStill, <b>who</b> decides?\n\nSecond paragraph, *emphasis*.";

    private final ContentRenderer comments = new ContentRenderer();
    private final MarkdownRenderer articles = new MarkdownRenderer();
    private String sampleArticle;

    @Setup
    public void load() throws IOException {
        try (InputStream in = MarkdownRenderer.class.getResourceAsStream("/demo/sample-article.md")) {
            sampleArticle = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("(?m)^---\\s*$", 3)[2];
        }
    }

    @Benchmark
    public String commentToSafeHtml() {
        return comments.toSafeHtml(COMMENT);
    }

    @Benchmark
    public String sampleArticleToSafeHtml() {
        return articles.toSafeHtml(sampleArticle);
    }
}
