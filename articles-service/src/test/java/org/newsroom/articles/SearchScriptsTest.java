package org.newsroom.articles;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.support.testing.Http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsroom.articles.EditorDesk.unique;

/**
 * {@code q} finds words in any script, also where the script puts no space between words (Chinese, Japanese,
 * Korean particles), words longer than 64 characters, and emoji; a search for an emoji no article has finds nothing.
 */
@MicronautTest(transactional = false)
class SearchScriptsTest {

    @Inject
    EditorDesk desk;

    /** A word of this test's own, so that a search with it finds only what this test wrote. */
    private final String marker = "okapi" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[^a-z]", "x");

    /** An article with the marker and nothing else: a search word that is ignored would find it too. */
    @BeforeEach
    void publishAControl() {
        publish("Control", "Nothing to see.");
    }

    private String publish(String title, String body) {
        return desk.published(title + " " + unique(""), body + "\n\n" + marker, List.of()).get("slug").getStringValue();
    }

    private List<String> slugs(String query) {
        Http.Reply reply = desk.get("/articles?size=100&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertThat(reply.status()).as("q=%s: %s", query, reply.body()).isEqualTo(200);
        JsonNode page = desk.tree(reply.body());
        return EditorDesk.items(page.get("items")).stream().map(item -> item.get("slug").getStringValue()).toList();
    }

    private void assertFound(String slug, String... words) {
        for (String word : words) {
            assertThat(slugs(marker + " " + word)).as("q=%s", word).containsExactly(slug);
        }
    }

    private void assertNotFound(String... words) {
        for (String word : words) {
            assertThat(slugs(marker + " " + word)).as("q=%s", word).isEmpty();
        }
    }

    @Test
    void japaneseWordsAreFoundInsideRunningText() {
        String slug = publish("日本語のニュース記事です", "これは日本語の記事です。東京で会議が開かれました。");

        assertFound(slug, "日本語", "記事", "東京", "会議", "ニュース", "東京で会議", "これは", "日本", "開かれました", "記事です",
                "ﾆｭｰｽ", "東");
        assertNotFound("大阪", "京都", "会議室", "ニュースレター");
        assertThat(slugs("東京")).as("without the marker").contains(slug);
    }

    @Test
    void chineseAndKoreanWordsAreFoundByTheirCharactersNotBySoundAlikes() {
        String chinese = publish("关于新闻", "这是一篇关于新闻的文章。我的猫很可爱。");
        String korean = publish("한국어 기사", "한국어 기사입니다. 서울에서 회의가 열렸습니다.");
        String pinyin = publish("Xin Wen", "Xin Wen met Wen Zhang in Bei Jing.");

        assertFound(chinese, "新闻", "文章", "一篇", "关于", "猫", "新闻的文章");
        assertFound(korean, "한국어", "기사", "서울", "회의", "열렸습니다", "서울에서");
        assertFound(pinyin, "xin wen");
        assertNotFound("北京", "文字", "부산", "회의실");
    }

    @Test
    void otherScriptsAreFoundWithoutCaseOrAccents() {
        String thai = publish("ภาษาไทย", "ภาษาไทยเป็นภาษาที่สวยงาม วันนี้อากาศดีมาก");
        String greek = publish("Ελληνικά νέα", "Η Αθήνα σήμερα.");
        String russian = publish("Москва", "Новости дня.");
        String latin = publish("Crème brûlée", "İstanbul'da bir gün. Die Straße.");

        assertFound(thai, "ภาษาไทย", "อากาศ");
        assertFound(greek, "ελληνικά", "ΝΕΑ", "Αθήνα");
        assertFound(russian, "москва", "НОВОСТИ");
        assertFound(latin, "creme", "BRÛLÉE", "istanbul", "İSTANBUL", "STRASSE", "straße");
    }

    @Test
    void wordsLongerThan64CharactersAreFound() {
        String long65 = "w".repeat(65);
        String long80 = "x".repeat(40) + "y".repeat(40);
        String compound = "Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft";
        String slug = publish("Long words", long65 + " " + long80 + " " + compound + " " + "z".repeat(64));

        assertFound(slug, long65, long80, compound, compound.toUpperCase(), "z".repeat(64));
        assertNotFound("v".repeat(80), "w".repeat(63));
    }

    @Test
    void emojiAreFoundAndAnEmojiNoArticleHasFindsNothing() {
        String slug = publish("Party", "Party time 🎉 with the 👩‍👩‍👧‍👦 family ❤️ and 🇯🇵.");
        String unrelated = publish("Plain", "Nothing to celebrate.");

        assertFound(slug, "🎉", "👩‍👩‍👧‍👦", "❤", "❤️", "🇯🇵");
        assertNotFound("🎂", "🇫🇷", "👩");
        assertThat(slugs("🎉")).contains(slug).doesNotContain(unrelated);
        assertThat(slugs("🎂")).doesNotContain(slug, unrelated);
    }
}
