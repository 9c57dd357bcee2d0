package org.newsroom.support.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A service a test runs as processes of its own, one after another on one local port and one
 * DATA_DIR (its embedded, persistent store), logging as in production: start, SIGTERM, SIGKILL and
 * plain requests. {@link #close()} kills whatever still runs.
 */
public final class LocalService implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** Settings a developer's shell may hold that would point the process elsewhere than this test's store. */
    private static final List<String> NOT_INHERITED = List.of("MONGODB_URI", "MICRONAUT_ENVIRONMENTS", "ARTICLES_SEED_DEMO");
    private static final Duration START_DEADLINE = Duration.ofSeconds(90);

    private final Class<?> application;
    private final Path dataDir;
    private final Map<String, String> env;
    private final int port;
    private final List<Process> started = new ArrayList<>();

    /**
     * {@code application}'s main class from this JVM's test classpath, listening on the port named by
     * {@code portVariable}, with {@code env} added to DATA_DIR and the port.
     */
    public LocalService(Class<?> application, String portVariable, Path dataDir, Map<String, String> env) {
        this.application = application;
        this.dataDir = dataDir;
        this.port = freePort();
        this.env = new java.util.HashMap<>(env);
        this.env.put("DATA_DIR", dataDir.toString());
        this.env.put(portVariable, String.valueOf(port));
    }

    public static int freePort() {
        return FreePorts.next();
    }

    /** Starts the next run, its output in {@code service-N.log} under DATA_DIR, and waits until it is ready. */
    public Process start() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-Dlogback.configurationFile=logback.xml",
                "-cp", System.getProperty("java.class.path"), application.getName())
                .redirectErrorStream(true)
                .redirectOutput(log(started.size() + 1).toFile());
        NOT_INHERITED.forEach(builder.environment()::remove);
        builder.environment().putAll(env);
        Process process = builder.start();
        started.add(process);
        awaitReady(process);
        return process;
    }

    /** The output of the {@code run}-th start (from 1). */
    public Path log(int run) {
        return dataDir.resolve("service-" + run + ".log");
    }

    /** SIGKILL: no shutdown hook, nothing flushed on the way out. */
    public static void kill(Process process) throws InterruptedException {
        process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
    }

    /** SIGTERM, as an operator stops the service; forced, and a failure, if it does not stop in time. */
    public static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("the service did not stop on SIGTERM");
        }
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The status of a GET of {@code path}. */
    public int get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path))).statusCode();
    }

    private void awaitReady(Process process) throws InterruptedException {
        Instant deadline = Instant.now().plus(START_DEADLINE);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("the service process exited with " + process.exitValue());
            }
            try {
                if (get("/health/readiness") == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the service did not become ready");
    }

    @Override
    public void close() throws InterruptedException {
        for (Process process : started) {
            kill(process);
        }
    }
}
