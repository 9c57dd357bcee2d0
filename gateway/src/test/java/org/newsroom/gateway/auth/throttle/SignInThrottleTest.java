package org.newsroom.gateway.auth.throttle;

import at.favre.lib.crypto.bcrypt.BCrypt;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.gateway.FakeBackends;
import org.newsroom.support.mongo.EmbeddedMongo;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password guessing through the gateway: counted per account and client IP and per IP in the
 * gateway's store (the embedded MongoDB over TCP), refused with 429 before any bcrypt work.
 * Every test signs in from its own client IP (X-Forwarded-For from the trusted local proxy).
 */
class SignInThrottleTest {

    private static final String ED_PASSWORD = "ed-correct-horse";
    private static final String MO_PASSWORD = "mo-battery-staple";
    private static FakeBackends backends;
    private static MovableClock clock;
    private static CountingPasswordCheck checks;
    private ListAppender<ILoggingEvent> logged;

    @BeforeAll
    static void start() {
        backends = new FakeBackends(settings(Map.of("gateway.login.store-timeout", "10s")));
        clock = backends.gateway.getApplicationContext().getBean(MovableClock.class);
        checks = backends.gateway.getApplicationContext().getBean(CountingPasswordCheck.class);
    }

    @AfterAll
    static void stop() {
        backends.close();
    }

    @BeforeEach
    void recordLogs() {
        logged = new ListAppender<>();
        logged.start();
        root().addAppender(logged);
    }

    @AfterEach
    void stopRecordingLogs() {
        root().detachAppender(logged);
    }

    private static Map<String, Object> settings(Map<String, Object> extra) {
        Map<String, Object> settings = new HashMap<>(Map.of(
                "gateway.accounts", "admin:" + hash("admin-pass") + ":EDITOR+MODERATOR,ed:" + hash(ED_PASSWORD) + ":EDITOR,mo:"
                        + hash(MO_PASSWORD) + ":MODERATOR",
                "gateway.trusted-proxies", "127.0.0.1,::1",
                "test.movable-clock", true,
                "test.count-password-checks", true));
        settings.putAll(extra);
        return settings;
    }

    private static String hash(String password) {
        return BCrypt.with(BCrypt.Version.VERSION_2A).hashToString(4, password.toCharArray());
    }

    private static FakeBackends.Reply login(FakeBackends gateway, String username, String password, String ip, String requestId) {
        return gateway.send("POST", "/api/login", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}",
                Map.of("X-Forwarded-For", ip, "X-Request-Id", requestId));
    }

    private static FakeBackends.Reply login(String username, String password, String ip) {
        return login(backends, username, password, ip, "req-" + ip);
    }

    private static void failTimes(int times, String username, String ip) {
        for (int i = 0; i < times; i++) {
            assertThat(login(username, "wrong-guess-" + i, ip).status()).as("wrong password " + (i + 1)).isEqualTo(401);
        }
    }

    /** What was logged so far; the access log may still be appending (under the appender's lock). */
    private List<ILoggingEvent> loggedEvents() {
        synchronized (logged) {
            return List.copyOf(logged.list);
        }
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    @Test
    void theRightPasswordAfterFiveWrongOnesIsRefusedWithoutCheckingItUntilTheWindowPasses() {
        String ip = "203.0.113.1";
        failTimes(5, "ed", ip);
        int checked = checks.checks();

        FakeBackends.Reply refused = login("ed", ED_PASSWORD, ip);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isEqualTo("900");
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(backends.json(refused.body())).containsEntry("status", 429)
                .containsEntry("detail", "Too many failed sign-ins; try again later.");
        assertThat(checks.checks()).as("no bcrypt work for a throttled attempt").isEqualTo(checked);

        clock.advance(Duration.ofSeconds(899).plusMillis(500));
        assertThat(login("ed", ED_PASSWORD, ip).header("Retry-After")).as("half a second left, rounded up").isEqualTo("1");
        clock.advance(Duration.ofMillis(500));
        assertThat(login("ed", ED_PASSWORD, ip).status()).isEqualTo(200);
    }

    @Test
    void theSameAccountFromAnotherIpStillSignsIn() {
        failTimes(5, "ed", "203.0.113.2");

        assertThat(login("ed", ED_PASSWORD, "203.0.113.2").status()).isEqualTo(429);
        assertThat(login("ed", ED_PASSWORD, "198.51.100.2").status()).isEqualTo(200);
    }

    @Test
    void guessesFromManyAddressesOfOneIpv6Slash64CountAsOneClient() {
        for (int i = 1; i <= 5; i++) {
            assertThat(login("ed", "wrong-guess-" + i, "2001:db8:77:1::" + i).status()).as("wrong password " + i).isEqualTo(401);
        }

        assertThat(login("ed", ED_PASSWORD, "2001:db8:77:1::ff").status()).isEqualTo(429);
        assertThat(login("ed", ED_PASSWORD, "2001:db8:77:2::1").status()).as("the next /64 is another client").isEqualTo(200);
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsCountForThatIp() {
        String ip = "203.0.113.3";
        failTimes(4, "ed", ip);
        assertThat(login("ed", ED_PASSWORD, ip).status()).isEqualTo(200);

        failTimes(5, "ed", ip);

        assertThat(login("ed", ED_PASSWORD, ip).status()).isEqualTo(429);
    }

    @Test
    void anotherAccountFromTheSameIpSignsInUntilTheIpHasFailedTwentyTimes() {
        String ip = "203.0.113.4";
        failTimes(5, "ed", ip);
        assertThat(login("ed", ED_PASSWORD, ip).status()).isEqualTo(429);
        assertThat(login("mo", MO_PASSWORD, ip).status()).isEqualTo(200);

        for (int i = 0; i < 15; i++) {
            failTimes(1, "guessed-name-" + i, ip);
        }

        FakeBackends.Reply refused = login("mo", MO_PASSWORD, ip);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isEqualTo("900");
        assertThat(login("mo", MO_PASSWORD, "198.51.100.4").status()).isEqualTo(200);
    }

    @Test
    void anUnknownUserAndAWrongPasswordGetTheSameAnswerAfterTheSameWork() {
        int before = checks.checks();
        FakeBackends.Reply wrongPassword = login("ed", "not-it", "203.0.113.5");
        int afterWrongPassword = checks.checks();
        String costForWrongPassword = checks.lastCost();
        FakeBackends.Reply unknownUser = login("nobody-here", "not-it", "203.0.113.6");

        assertThat(afterWrongPassword - before).isEqualTo(1);
        assertThat(checks.checks() - afterWrongPassword).as("an unknown user costs one bcrypt check too").isEqualTo(1);
        assertThat(checks.lastCost()).as("of the same cost").isEqualTo(costForWrongPassword).isEqualTo("04");
        assertThat(unknownUser.status()).isEqualTo(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownUser.body()).isEqualTo(wrongPassword.body());
        assertThat(unknownUser.header("Content-Type")).isEqualTo(wrongPassword.header("Content-Type"));

        failTimes(4, "ed", "203.0.113.5");
        failTimes(4, "nobody-here", "203.0.113.6");
        FakeBackends.Reply knownThrottled = login("ed", "not-it", "203.0.113.5");
        FakeBackends.Reply unknownThrottled = login("nobody-here", "not-it", "203.0.113.6");
        assertThat(unknownThrottled.status()).isEqualTo(knownThrottled.status()).isEqualTo(429);
        assertThat(unknownThrottled.body()).isEqualTo(knownThrottled.body());
        assertThat(unknownThrottled.header("Retry-After")).isEqualTo(knownThrottled.header("Retry-After"));
    }

    @Test
    void guessesSentAllAtOnceAreCountedBeforeTheirPasswordsAreChecked() {
        HttpClient http = HttpClient.newHttpClient();
        int before = checks.checks();
        List<CompletableFuture<HttpResponse<String>>> guesses = IntStream.range(0, 15)
                .mapToObj(i -> http.sendAsync(backends.request("POST", "/api/login",
                        "{\"username\":\"ed\",\"password\":\"parallel-" + i + "\"}", Map.of("X-Forwarded-For", "203.0.113.7")),
                        HttpResponse.BodyHandlers.ofString()))
                .toList();

        List<Integer> statuses = guesses.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).toList();

        // attempts still in flight count too, so a burst may get fewer than five checks, never more
        int checked = checks.checks() - before;
        assertThat(checked).isBetween(1, 5);
        assertThat(statuses).filteredOn(status -> status == 401).hasSize(checked);
        assertThat(statuses).filteredOn(status -> status == 429).hasSize(15 - checked);
    }

    @Test
    void operatorsSeeFailedAndThrottledSignInsInPrometheus() {
        MeterRegistry registry = backends.gateway.getApplicationContext().getBean(MeterRegistry.class);
        double failures = registry.counter("login.failures").count();
        double throttled = registry.counter("login.throttled").count();

        failTimes(5, "ed", "203.0.113.8");
        login("ed", ED_PASSWORD, "203.0.113.8");
        login("ed", ED_PASSWORD, "203.0.113.8");

        assertThat(registry.counter("login.failures").count() - failures).isEqualTo(5);
        assertThat(registry.counter("login.throttled").count() - throttled).isEqualTo(2);
        assertThat(backends.get("/prometheus").body()).contains("login_failures_total", "login_throttled_total",
                "login_throttle_store_unavailable_total");
    }

    @Test
    void eachThrottledAttemptLogsOneLineWithTheAccountAndRequestIdAndNoPasswordIsEverLogged() {
        String ip = "203.0.113.9";
        for (int i = 0; i < 5; i++) {
            login(backends, "ed", "secret-guess-" + i, ip, "req-guess-" + i);
        }
        login(backends, "ed", ED_PASSWORD, ip, "req-throttled-9");

        List<String> throttledLines = loggedEvents().stream().map(ILoggingEvent::getFormattedMessage)
                .filter(line -> line.startsWith("Sign-in throttled")).toList();
        assertThat(throttledLines).hasSize(1);
        assertThat(throttledLines.get(0)).contains("\"ed\"", "requestId=req-throttled-9").doesNotContain(ip);
        assertThat(loggedEvents()).isNotEmpty().allSatisfy(event -> assertThat(event.getFormattedMessage())
                .doesNotContain("secret-guess", ED_PASSWORD, ip));
    }

    @Test
    void theStoreKeepsNeitherAccountNamesNorIpsAndExpiresItsWindowsThroughATtlIndex() {
        failTimes(1, "ed", "203.0.113.12");
        MongoCollection<Document> counts = backends.gateway.getApplicationContext().getBean(MongoClient.class)
                .getDatabase("gateway").getCollection(FailureCounts.COLLECTION);

        List<Document> indexes = Flux.from(counts.listIndexes()).collectList().block(Duration.ofSeconds(10));
        List<Document> stored = Flux.from(counts.find()).collectList().block(Duration.ofSeconds(10));

        assertThat(indexes).anySatisfy(index -> {
            assertThat(index.get("key", Document.class)).containsOnlyKeys(FailureCounts.EXPIRES_AT);
            assertThat(((Number) index.get("expireAfterSeconds")).longValue()).isZero();
        });
        assertThat(stored).isNotEmpty().allSatisfy(document -> assertThat(document.toJson()).doesNotContain("203.0.113", "\"ed"));
    }

    @Test
    void twoGatewaysOnOneStoreShareTheCounts() {
        String store = backends.gateway.getApplicationContext().getBean(EmbeddedMongo.class).connectionString();
        try (FakeBackends second = new FakeBackends(settings(Map.of("mongodb.uri", store, "gateway.login.store-timeout", "10s")))) {
            MovableClock secondClock = second.gateway.getApplicationContext().getBean(MovableClock.class);
            secondClock.advance(Duration.between(secondClock.instant(), clock.instant()));
            String ip = "203.0.113.10";

            failTimes(3, "ed", ip);
            for (int i = 0; i < 2; i++) {
                assertThat(login(second, "ed", "wrong-there-" + i, ip, "req-second").status()).isEqualTo(401);
            }

            assertThat(login(second, "ed", ED_PASSWORD, ip, "req-second").status()).isEqualTo(429);
            assertThat(login("ed", ED_PASSWORD, ip).status()).isEqualTo(429);
        }
    }

    @Test
    void whenTheStoreDoesNotAnswerTheInstanceCountsInItsOwnMemoryAndAWarningSaysSo() {
        String nothingListens = "mongodb://127.0.0.1:" + FakeBackends.freePort() + "/gateway?serverSelectionTimeoutMS=60000";
        try (FakeBackends storeDown = new FakeBackends(settings(Map.of("mongodb.uri", nothingListens)))) {
            String ip = "203.0.113.11";
            for (int i = 0; i < 5; i++) {
                assertThat(login(storeDown, "ed", "wrong-" + i, ip, "req-down").status()).isEqualTo(401);
            }

            assertThat(login(storeDown, "ed", "wrong-6", ip, "req-down").status()).as("the sixth guess").isEqualTo(429);
            assertThat(login(storeDown, "ed", ED_PASSWORD, ip, "req-down").status()).as("even the right password").isEqualTo(429);
            assertThat(login(storeDown, "ed", ED_PASSWORD, "203.0.113.12", "req-down").status()).as("from another IP").isEqualTo(200);
            assertThat(loggedEvents()).filteredOn(event -> event.getLevel().toString().equals("WARN"))
                    .extracting(ILoggingEvent::getFormattedMessage)
                    .filteredOn(line -> line.startsWith("Sign-in throttle store unavailable"))
                    .hasSizeGreaterThanOrEqualTo(8)
                    .allSatisfy(line -> assertThat(line).contains("no answer within 300 ms", "requestId=req-down"))
                    .anySatisfy(line -> assertThat(line).contains("it is counted in this instance's memory"));
            assertThat(storeDown.gateway.getApplicationContext().getBean(MeterRegistry.class)
                    .counter("login.throttle.store.unavailable").count()).isGreaterThanOrEqualTo(8);
            assertThat(storeDown.get("/health").status()).as("the gateway stays up without its store").isEqualTo(200);
        }
    }
}
