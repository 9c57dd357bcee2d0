package org.newsroom.acceptance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One service jar (or other main class) running as a child process on a port of its own. */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient PROBE = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final String name;
    private final int port;
    private final Path log;
    private Process process;

    private ServiceProcess(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts {@code module}'s runnable jar with the given environment. */
    public static ServiceProcess startJar(String module, int port, Map<String, String> env, Path logDir) {
        Path jar = Platform.root().resolve(module).resolve("target").resolve(module + "-" + Platform.version() + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Missing " + jar + ": run the Maven build from the repository root");
        }
        List<String> command = new ArrayList<>(javaCommand());
        command.addAll(List.of("-jar", jar.toString()));
        return start(module, port, command, env, logDir);
    }

    /** Starts a main class from this JVM's test classpath (e.g. the standalone MongoDB stand-in). */
    public static ServiceProcess startMain(String name, int port, String mainClass, List<String> args, Path logDir) {
        List<String> command = new ArrayList<>(javaCommand());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(args);
        return start(name, port, command, Map.of(), logDir);
    }

    /**
     * mongo-java-server as a process of its own on a free port, persisting under {@code dir}: the one
     * store that several service processes share over TCP, as they would share a MongoDB.
     */
    public static ServiceProcess startSharedStore(Path dir, Path logDir) {
        int port = Platform.freePort();
        return startMain("mongo", port, "org.newsroom.support.mongo.StandaloneMongo", List.of(String.valueOf(port), dir.toString()), logDir)
                .awaitListening(Duration.ofSeconds(60));
    }

    /** The MongoDB connection string of {@code database} on this process (one started by {@link #startSharedStore}). */
    public String mongoUri(String database) {
        return "mongodb://127.0.0.1:" + port + "/" + database;
    }

    private static List<String> javaCommand() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto");
    }

    private static ServiceProcess start(String name, int port, List<String> command, Map<String, String> env, Path logDir) {
        try {
            Files.createDirectories(logDir);
            Path log = logDir.resolve(name + "-" + port + ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(env);
            return new ServiceProcess(name, port, log, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** Whether this process's output so far contains {@code text} (e.g. a request id in its access log). */
    public boolean logContains(String text) {
        try {
            return Files.readString(log, java.nio.charset.StandardCharsets.UTF_8).contains(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until {@code /health/readiness} answers 200. */
    public ServiceProcess awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; log: " + log);
            }
            try {
                HttpResponse<Void> response = PROBE.send(HttpRequest.newBuilder(URI.create(url() + "/health/readiness"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return this;
                }
            } catch (IOException ignored) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        throw new IllegalStateException(name + " not ready after " + timeout + "; log: " + log);
    }

    /** Waits until the port accepts connections (for processes without a health endpoint). */
    public ServiceProcess awaitListening(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try (var socket = new java.net.Socket("127.0.0.1", port)) {
                return this;
            } catch (IOException notYet) {
                sleep(100);
            }
        }
        throw new IllegalStateException(name + " not listening after " + timeout + "; log: " + log);
    }

    /** SIGKILL: no shutdown hook, no goodbye. */
    public void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
        waitForExit();
    }

    private void waitForExit() {
        try {
            process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
