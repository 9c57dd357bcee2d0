package org.newsroom.articles;

import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsroom.support.mongo.EmbeddedMongo;
import org.newsroom.support.testing.Http;
import reactor.core.publisher.Mono;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Articles stored before the current way of making search words (the words a reader sees; Han, kana and Hangul
 * as characters and pairs; long words; emoji) get the current words at start-up, in the background, without an
 * editor saving them again; once done, a start does not do it again.
 */
class SearchWordsUpgradeTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path unused;

    /** An article as the former version stored it: its words made from the raw Markdown, markup and script included. */
    private static Document storedBefore(String slug, String visibleWord) {
        String body = "About " + visibleWord + ".\n\n<script>var secret = 1;</script>\n\n<div class=\"boxed\">Inside</div>";
        Date at = new Date(1_700_000_000_000L);
        return new Document("_id", new ObjectId()).append("slug", slug).append("title", "Stored " + visibleWord)
                .append("excerpt", "About " + visibleWord + ".").append("body", body)
                .append("bodyHtml", "<p>About " + visibleWord + ".</p>\nInside\n").append("author", "Ann").append("tags", List.of())
                .append("status", "published").append("commentStatus", "open").append("publishedAt", at).append("createdAt", at)
                .append("updatedAt", at).append("version", 3L)
                .append("searchTokens", SearchTokens.of("Stored " + visibleWord, "About " + visibleWord + ".", body))
                .append("bodyFormat", "markdown");
    }

    @Test
    void storedArticlesGetTheWordsReadersSeeAtStartAndOnlyOnce() {
        try (EmbeddedMongo store = new EmbeddedMongo(unused.toString(), false, "newsroom");
             var direct = MongoClients.create(store.connectionString())) {
            MongoDatabase database = direct.getDatabase("newsroom");
            Mono.from(database.getCollection("articles").insertMany(List.of(storedBefore("first-okapi", "okapi"),
                    storedBefore("second-okapi", "okapi")))).block(WAIT);
            assertThat(SearchTokens.of(storedBefore("x", "okapi").getString("body"))).contains("secret", "div", "class");

            try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of("mongodb.uri", store.connectionString(),
                    "micronaut.server.port", -1));
                 HttpClient client = HttpClient.create(server.getURL())) {
                Http http = new Http(client, server.getApplicationContext().getBean(JwtTokenGenerator.class));
                long rewritten = server.getApplicationContext().getBean(SearchWordsUpgrade.class).finished().block(WAIT);

                assertThat(rewritten).isEqualTo(2);
                for (String hidden : List.of("secret", "div", "class", "boxed", "var")) {
                    assertThat(http.get("/articles?q=okapi+" + hidden).body()).as(hidden).contains("\"total\":0");
                }
                assertThat(http.get("/articles?q=okapi+inside").body()).contains("first-okapi", "second-okapi");
                assertThat(http.get("/articles/first-okapi").body()).as("the version an editor's form holds").contains("\"version\":3");
                Document marker = Mono.from(database.getCollection("migrations").find(new Document("_id", SearchWordsUpgrade.MARKER)).first())
                        .block(WAIT);
                assertThat(marker.get("version")).isEqualTo(SearchTokens.VERSION);
            }

            Mono.from(database.getCollection("articles").insertOne(storedBefore("third-okapi", "okapi"))).block(WAIT);
            try (EmbeddedServer again = ApplicationContext.run(EmbeddedServer.class, Map.of("mongodb.uri", store.connectionString(),
                    "micronaut.server.port", -1))) {
                assertThat(again.getApplicationContext().getBean(SearchWordsUpgrade.class).finished().block(WAIT))
                        .as("the marker is current: no pass").isZero();
            }
        }
    }

    @Test
    void articlesStoredWithTheSecondVersionsWordsAreFoundByJapaneseLongWordsAndEmojiAfterStart() {
        String longWord = "Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft";
        String body = "これは日本語の記事です。東京で会議が開かれました。 " + longWord + " 🎉";
        Date at = new Date(1_700_000_000_000L);
        Document article = new Document("_id", new ObjectId()).append("slug", "japanese-okapi").append("title", "日本語のニュース記事です")
                .append("excerpt", "Okapi.").append("body", body).append("bodyHtml", "<p>" + body + "</p>").append("author", "Ann")
                .append("tags", List.of()).append("status", "published").append("commentStatus", "open").append("publishedAt", at)
                .append("createdAt", at).append("updatedAt", at).append("version", 1L).append("bodyFormat", "markdown")
                // the words version 2 made: kana and Han transliterated, the long word and the emoji left out
                .append("searchTokens", List.of("ri", "ben", "yunonyusu", "ji", "shidesu", "okapi", "koreha", "yuno", "dong", "jingde",
                        "hui", "yiga", "kaikaremashita"));
        try (EmbeddedMongo store = new EmbeddedMongo(unused.toString(), false, "newsroom");
             var direct = MongoClients.create(store.connectionString())) {
            MongoDatabase database = direct.getDatabase("newsroom");
            Mono.from(database.getCollection("articles").insertOne(article)).block(WAIT);
            Mono.from(database.getCollection("migrations").insertOne(new Document("_id", SearchWordsUpgrade.MARKER).append("version", 2)))
                    .block(WAIT);

            try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of("mongodb.uri", store.connectionString(),
                    "micronaut.server.port", -1));
                 HttpClient client = HttpClient.create(server.getURL())) {
                Http http = new Http(client, server.getApplicationContext().getBean(JwtTokenGenerator.class));

                assertThat(server.getApplicationContext().getBean(SearchWordsUpgrade.class).finished().block(WAIT)).isEqualTo(1);
                for (String query : List.of("東京", "会議", "ニュース", longWord, "🎉")) {
                    assertThat(http.get("/articles?q=okapi+" + URLEncoder.encode(query, StandardCharsets.UTF_8)).body()).as(query)
                            .contains("japanese-okapi");
                }
                Document stored = Mono.from(database.getCollection("articles").find(new Document("slug", "japanese-okapi")).first())
                        .block(WAIT);
                assertThat(stored.getList("searchTokens", String.class)).contains("東京", "会議", "ニュ",
                        "donaudampfschifffahrtselektrizitatenhauptbetriebswerkbauunterbea", "🎉").doesNotContain("dong", "jingde");
            }
        }
    }
}
