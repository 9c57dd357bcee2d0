package org.newsroom.gateway;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Signing in: accounts from ACCOUNTS with every bcrypt variant, the local admin and its generated password. */
class LoginTest {

    private static FakeBackends backends;

    @BeforeAll
    static void start() {
        String accounts = "ed:" + BCrypt.with(BCrypt.Version.VERSION_2B).hashToString(4, "ed-pass".toCharArray()) + ":EDITOR, "
                + "mo:" + BCrypt.with(BCrypt.Version.VERSION_2Y).hashToString(4, "mo-pass".toCharArray()) + ":MODERATOR,"
                + "both:" + BCrypt.with(BCrypt.Version.VERSION_2A).hashToString(4, "both-pass".toCharArray()) + ":EDITOR+MODERATOR";
        backends = new FakeBackends(Map.of("gateway.accounts", accounts, "gateway.admin-password", ""));
        backends.articles.stubFor(get(urlPathEqualTo("/articles"))
                .willReturn(okJson("{\"items\":[],\"page\":1,\"size\":20,\"total\":0,\"totalPages\":0}")));
    }

    @AfterAll
    static void stop() {
        backends.close();
    }

    private static FakeBackends.Reply login(String body) {
        return backends.send("POST", "/api/login", body, Map.of());
    }

    private static FakeBackends.Reply login(String username, String password) {
        return login("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
    }

    private static String tokenOf(FakeBackends.Reply login) {
        return (String) backends.json(login.body()).get("access_token");
    }

    @Test
    void accountsFromConfigurationSignInWithEveryBcryptVariant() {
        FakeBackends.Reply both = login("both", "both-pass");

        assertThat(both.status()).isEqualTo(200);
        assertThat(backends.json(both.body())).containsEntry("token_type", "Bearer").containsEntry("expires_in", 3600)
                .containsEntry("username", "both").containsKey("access_token");
        assertThat(both.body()).contains("EDITOR").contains("MODERATOR");
        assertThat(login("ed", "ed-pass").body()).contains("\"roles\":[\"EDITOR\"]");
        assertThat(login("mo", "mo-pass").body()).contains("\"roles\":[\"MODERATOR\"]");
    }

    @Test
    void theSignInTakesJsonOnlyAndAFormIsABadRequestNotASignIn() {
        FakeBackends.Reply form = backends.postForm("/api/login", "username=ed&password=ed-pass", Map.of("Accept", "application/json"));

        assertThat(form.status()).isEqualTo(400);
        assertThat(form.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(form.body()).doesNotContain("access_token");
    }

    @Test
    void theTokenCarriesTheAccountsRoles() {
        String editor = tokenOf(login("ed", "ed-pass"));
        String moderator = tokenOf(login("mo", "mo-pass"));

        assertThat(backends.get("/api/articles?status=draft", Map.of("Authorization", "Bearer " + editor)).status()).isEqualTo(200);
        assertThat(backends.get("/api/articles?status=draft", Map.of("Authorization", "Bearer " + moderator)).status()).isEqualTo(403);
        FakeBackends.Reply forged = backends.get("/api/articles?status=draft", Map.of("Authorization", "Bearer " + editor + "x"));
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"gateway\"");
        assertThat(backends.get("/api/articles?status=draft", Map.of()).header("WWW-Authenticate")).isEqualTo("Bearer realm=\"gateway\"");
    }

    @Test
    void theTokenNamesThePlatformAsItsIssuerAndATokenOfNoneOrAnotherIsRefused() {
        String token = tokenOf(login("ed", "ed-pass"));
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);

        assertThat(backends.json(claims)).containsEntry("iss", "news-platform");
        assertThat(drafts(backends.tokenIssuedBy(null, "EDITOR")).status()).isEqualTo(401);
        assertThat(drafts(backends.tokenIssuedBy("elsewhere", "EDITOR")).status()).isEqualTo(401);
        assertThat(drafts(backends.tokenIssuedBy("news-platform", "EDITOR")).status()).isEqualTo(200);
        assertThat(drafts(token).status()).isEqualTo(200);
    }

    private static FakeBackends.Reply drafts(String token) {
        return backends.get("/api/articles?status=draft", Map.of("Authorization", "Bearer " + token));
    }

    @Test
    void theTokenAndEveryAnswerToATokenAreStoredByNoCache() {
        FakeBackends.Reply signIn = login("ed", "ed-pass");
        FakeBackends.Reply drafts = backends.get("/api/articles?status=draft", Map.of("Authorization", "Bearer " + tokenOf(signIn)));
        FakeBackends.Reply anonymous = backends.get("/api/articles?status=draft", Map.of());

        assertThat(signIn.header("Cache-Control")).isEqualTo("private, no-store");
        assertThat(drafts.header("Cache-Control")).isEqualTo("private, no-store");
        assertThat(drafts.response().headers().allValues("Vary")).anyMatch(vary -> vary.contains("Authorization"));
        assertThat(anonymous.header("Cache-Control")).as("the readers' answers keep their caching").isNull();
    }

    @Test
    void wrongCredentialsAre401() {
        for (FakeBackends.Reply reply : new FakeBackends.Reply[] {login("ed", "nope"), login("nobody", "x"), login("ed", "x".repeat(5000))}) {
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.body()).doesNotContain("access_token");
        }
    }

    @Test
    void aNonStringFieldOrAMalformedBodyIsA400NeverA500() {
        for (String body : new String[] {"{\"username\":{\"$ne\":\"\"},\"password\":\"x\"}", "{\"username\":\"ed\",\"password\":{}}",
                "[1,2]", "{not json", "{\"username\":\"ed\"}", "{\"username\":\"ed\",\"password\":\"\"}", "",
                "{\"username\":\"ed\",\"password\":[\"ed-pass\"]}", "{\"username\":[\"ed\"],\"password\":\"ed-pass\"}",
                "{\"username\":\"ed\",\"password\":12}", "{\"username\":\"ed\",\"password\":true}"}) {
            FakeBackends.Reply reply = login(body);
            assertThat(reply.status()).as(body).isEqualTo(400);
            assertThat(reply.header("Content-Type")).as(body).startsWith("application/problem+json");
            assertThat(reply.body()).doesNotContain("Exception");
        }
        assertThat(login("{\"username\":\"ed\",\"password\":12}").body()).contains("\"field\":\"password\"", "must be a string");
        assertThat(login("{\"username\":[\"ed\"],\"password\":\"x\"}").body()).contains("\"field\":\"username\"");
    }

    @Test
    void theAdminPasswordIsGeneratedOnceIntoTheDataDirectoryAndKeptAcrossRestarts() throws Exception {
        String dataDir = backends.gateway.getApplicationContext().getProperty("data.dir", String.class).orElseThrow();
        Path file = Path.of(dataDir).resolve("admin-password");
        String password = Files.readString(file).trim();

        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(login("admin", password).body()).contains("EDITOR").contains("MODERATOR");

        try (EmbeddedServer restarted = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1,
                "jwt.secret", FakeBackends.SECRET, "data.dir", dataDir, "gateway.rate-limit-per-second", 0,
                "embedded-mongo.persistent", false, // the first gateway still holds the store's file
                "micronaut.http.services.articles.health-check", false, "micronaut.http.services.comments.health-check", false))) {
            assertThat(Files.readString(file).trim()).isEqualTo(password);
            HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(restarted.getURL() + "/api/login"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"" + password + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(reply.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aConfiguredAdminPasswordIsUsedAndNothingIsWritten() {
        String dataDir = FakeBackends.temporaryDirectory();
        try (FakeBackends configured = new FakeBackends(Map.of("gateway.admin-password", "configured-secret", "data.dir", dataDir))) {
            FakeBackends.Reply reply = configured.send("POST", "/api/login",
                    "{\"username\":\"admin\",\"password\":\"configured-secret\"}", Map.of());

            assertThat(reply.status()).isEqualTo(200);
            assertThat(Path.of(dataDir).resolve("admin-password")).doesNotExist();
        }
    }
}
