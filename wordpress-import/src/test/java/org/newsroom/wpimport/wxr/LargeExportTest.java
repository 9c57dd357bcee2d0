package org.newsroom.wpimport.wxr;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A generated export far larger than the heap it is read with: memory holds one item at a time. */
class LargeExportTest {

    @Test
    void twentyThousandCommentsAreReadWithAHeapSmallerThanTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.xml");
        GeneratedExport.write(file, 200, 100, 2000);
        assertThat(Files.size(file)).as("the file is larger than the heap").isGreaterThan(40L * 1024 * 1024);

        Process reader = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx16m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), CountComments.class.getName(),
                file.toString())).redirectErrorStream(true).start();
        String output = new String(reader.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(reader.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(reader.exitValue()).as(output).isZero();
        assertThat(output.strip()).isEqualTo("20000");
    }
}
