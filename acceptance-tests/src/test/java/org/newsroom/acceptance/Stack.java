package org.newsroom.acceptance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The three services started from their jars with embedded stores in a temporary DATA_DIR, as
 * {@code ./run} would, on free ports. {@link #shared()} is one stack for the whole test JVM.
 */
public final class Stack implements AutoCloseable {

    public static final String JWT_SECRET = "acceptance-tests-secret-0123456789abcdefghijklmnop";
    public static final String ADMIN_PASSWORD = "admin-password-for-tests";
    public static final String EDITOR_PASSWORD = "editor-password-for-tests";
    public static final String MODERATOR_PASSWORD = "moderator-password-for-tests";
    public static final String SAMPLE_SLUG = "israeli-defense-minister-visits-us-amid-tensions-over-gaza-war";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private static Stack shared;

    private final Path dataDir;
    private final Map<String, String> settings;
    private final Map<String, String> env = new HashMap<>();
    private ServiceProcess articles;
    private ServiceProcess comments;
    private ServiceProcess gateway;
    private final java.util.List<ServiceProcess> moreGateways = new java.util.ArrayList<>();

    private Stack(Path dataDir, Map<String, String> settings) {
        this.dataDir = dataDir;
        this.settings = settings;
    }

    /** One stack for every test class of this JVM, stopped when the JVM exits. */
    public static synchronized Stack shared() {
        if (shared == null) {
            shared = start(Map.of());
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /** A stack of its own; {@code settings} are extra environment variables for all three services (an empty value unsets one). */
    public static Stack start(Map<String, String> settings) {
        try {
            Stack stack = new Stack(Files.createTempDirectory("news-stack"), settings);
            stack.startAll();
            return stack;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void startAll() {
        int articlesPort = Platform.freePort();
        int commentsPort = Platform.freePort();
        int gatewayPort = Platform.freePort();
        env.put("DATA_DIR", dataDir.toString());
        env.put("JWT_SECRET", JWT_SECRET);
        env.put("ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("ARTICLES_SEED_DEMO", "true");
        env.put("RATE_LIMIT_PER_SECOND", "0");
        // a window no test can outrun on a busy machine: each post comes from a client IP and an email of its own
        env.put("COMMENT_FLOOD_SECONDS", "60");
        env.put("TRUSTED_PROXIES", "127.0.0.1");
        // Read budgets for a busy test machine: a slow answer must not open a circuit here; the
        // budgets themselves are proven by the gateway's tests against delayed stubs.
        env.put("ARTICLES_TIMEOUT_MS", "5000");
        env.put("COMMENTS_TIMEOUT_MS", "5000");
        env.put("ACCOUNTS", "editor:" + bcrypt(EDITOR_PASSWORD) + ":EDITOR,moderator:" + bcrypt(MODERATOR_PASSWORD) + ":MODERATOR");
        env.put("ARTICLES_PORT", String.valueOf(articlesPort));
        env.put("COMMENTS_PORT", String.valueOf(commentsPort));
        env.put("GATEWAY_PORT", String.valueOf(gatewayPort));
        env.put("ARTICLES_URL", "http://127.0.0.1:" + articlesPort);
        env.put("COMMENTS_URL", "http://127.0.0.1:" + commentsPort);
        settings.forEach((name, value) -> {
            if (value.isEmpty()) {
                env.remove(name);
            } else {
                env.put(name, value);
            }
        });
        Path logs = dataDir.resolve("logs");
        articles = ServiceProcess.startJar("articles-service", articlesPort, env, logs);
        comments = ServiceProcess.startJar("comments-service", commentsPort, env, logs);
        gateway = ServiceProcess.startJar("gateway", gatewayPort, env, logs);
        try {
            articles.awaitReady(START_TIMEOUT);
            comments.awaitReady(START_TIMEOUT);
            gateway.awaitReady(START_TIMEOUT);
            awaitServicesInRotation(gateway, 1);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private static int inRotation(Api.Reply health, String service) {
        com.fasterxml.jackson.databind.JsonNode state = health.json().findValue(service);
        return state == null ? 0 : state.path("instancesInRotation").asInt();
    }

    private static String bcrypt(String password) {
        return at.favre.lib.crypto.bcrypt.BCrypt.withDefaults().hashToString(4, password.toCharArray());
    }

    public Api api() {
        return new Api(gatewayUrl());
    }

    /** Starts comments-service again, on its port and store, after a test stopped or killed it. */
    public ServiceProcess restartComments() {
        comments = restart("comments-service", comments);
        for (ServiceProcess running : gateways()) {
            awaitServicesInRotation(running, 1);
        }
        return comments;
    }

    /** Stops the gateway (if still running) and starts it again on its port. */
    public ServiceProcess restartGateway() {
        gateway = restart("gateway", gateway);
        return awaitServicesInRotation(gateway, 1);
    }

    /** Another gateway instance on the same services, on a port of its own; stopped with the stack. */
    public synchronized ServiceProcess addGateway() {
        int port = Platform.freePort();
        Map<String, String> own = new HashMap<>(env);
        own.put("GATEWAY_PORT", String.valueOf(port));
        // the gateway's embedded store (sign-in counters) is one process's file: each instance here has its own
        own.put("DATA_DIR", dataDir.resolve("gateway-" + port).toString());
        ServiceProcess added = ServiceProcess.startJar("gateway", port, own, dataDir.resolve("logs"));
        moreGateways.add(added);
        added.awaitReady(START_TIMEOUT);
        return awaitServicesInRotation(added, 1);
    }

    /**
     * Waits until {@code gatewayProcess} has {@code instancesOfEach} instances of both services in its load balancer's rotation. A gateway
     * that started before a service was ready took it out of rotation, and puts it back only at its
     * next health check (each second, later on a busy machine); a call in between is refused with a
     * 503, as it would be in production for that second.
     */
    static ServiceProcess awaitServicesInRotation(ServiceProcess gatewayProcess, int instancesOfEach) {
        Api health = new Api(gatewayProcess.url());
        java.util.concurrent.atomic.AtomicReference<String> seen = new java.util.concurrent.atomic.AtomicReference<>();
        boolean inRotation = Poll.until(START_TIMEOUT, () -> {
            Api.Reply reply = health.get("/health");
            seen.set(reply.toString());
            return reply.status() == 200 && inRotation(reply, "articles-service") >= instancesOfEach
                    && inRotation(reply, "comments-service") >= instancesOfEach;
        });
        if (!inRotation) {
            throw new IllegalStateException("the gateway at " + gatewayProcess.url() + " never put " + instancesOfEach + " instance(s) of both services in rotation: " + seen.get());
        }
        return gatewayProcess;
    }

    private java.util.List<ServiceProcess> gateways() {
        java.util.List<ServiceProcess> running = new java.util.ArrayList<>(moreGateways);
        running.add(gateway);
        running.removeIf(process -> !process.isAlive());
        return running;
    }

    /** Stops the gateway; {@link #restartGateway()} brings it back. */
    public void stopGateway() {
        gateway.close();
    }

    private ServiceProcess restart(String module, ServiceProcess old) {
        old.close();
        return ServiceProcess.startJar(module, old.port(), env, dataDir.resolve("logs")).awaitReady(START_TIMEOUT);
    }

    public String gatewayUrl() {
        return gateway.url();
    }

    public ServiceProcess articles() {
        return articles;
    }

    public ServiceProcess comments() {
        return comments;
    }

    public ServiceProcess gateway() {
        return gateway;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Map<String, String> settings() {
        return settings;
    }

    @Override
    public synchronized void close() {
        moreGateways.forEach(ServiceProcess::close);
        for (ServiceProcess process : new ServiceProcess[] {gateway, comments, articles}) {
            if (process != null) {
                process.close();
            }
        }
    }
}
