package org.newsroom.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Readers and moderators using the pages in headless Chromium against the whole stack. */
class BrowserTest {

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    private static Stack stack;
    private static Api admin;
    private static String slug;
    private String clientIp;

    @BeforeAll
    static void start() {
        Browser.requireInstalled();
        stack = Stack.shared();
        Api api = stack.api();
        admin = api.as(api.login("admin", Stack.ADMIN_PASSWORD));
        slug = Fixtures.publishedArticle(admin, "open");
    }

    @AfterAll
    static void stop() {
        BROWSER.quit();
    }

    @BeforeEach
    void comeFromAClientIpOfThisTest() {
        clientIp = Fixtures.clientIp();
        BROWSER.comeFrom(clientIp);
    }

    private WebDriver open(String path) {
        WebDriver driver = BROWSER.driver();
        driver.get(stack.gatewayUrl() + path);
        return driver;
    }

    private void fill(String author, String email, String comment) {
        WebDriver driver = BROWSER.driver();
        BROWSER.await(By.id("comment-form"));
        for (var field : Map.of("author", author, "email", email, "comment", comment).entrySet()) {
            WebElement input = driver.findElement(By.id(field.getKey()));
            input.clear();
            input.sendKeys(field.getValue());
        }
    }

    private String messageAfterSubmit() {
        BROWSER.driver().findElement(By.id("submit")).click();
        return BROWSER.await(By.id("form-message")).getText();
    }

    private String approvedComment(String author, String content) {
        Map<String, Object> comment = Fixtures.comment("desk@example.org", content);
        comment.put("authorName", author);
        Api.Reply posted = admin.from(Fixtures.clientIp()).post("/api/articles/" + slug + "/comments", comment);
        assertThat(posted.status()).isEqualTo(201);
        return posted.json().path("id").asText();
    }

    @Test
    void readerPostsACommentAndSeesTheModerationNote() {
        open("/articles/" + slug);
        BROWSER.await(By.id("article-title"));
        assertThat(BROWSER.driver().findElement(By.id("respond")).getText())
                .contains("Leave a Reply").contains("Your email address will not be published. Required fields are marked *");

        fill("Reader One", Fixtures.email(), "A thoughtful first comment.");

        assertThat(messageAfterSubmit()).contains("awaiting moderation");
        assertThat(BROWSER.driver().findElement(By.id("comment-list")).getText()).contains("A thoughtful first comment.");
    }

    @Test
    void moderatorApprovesAReplyAndTheReaderSeesItThreadedUnderItsParent() {
        String parentId = approvedComment("Desk", Fixtures.unique("Parent comment"));
        WebDriver driver = open("/articles/" + slug);
        BROWSER.await(By.cssSelector(".reply-link[data-id='" + parentId + "']")).click();
        assertThat(driver.findElement(By.id("reply-title")).getText()).contains("Reply to Desk");
        String replyText = Fixtures.unique("A reply to the desk");
        fill("Replier", Fixtures.email(), replyText);
        assertThat(messageAfterSubmit()).contains("awaiting moderation");

        open("/moderation");
        BROWSER.await(By.id("username")).sendKeys("moderator");
        driver.findElement(By.id("password")).sendKeys(Stack.MODERATOR_PASSWORD);
        driver.findElement(By.id("login")).click();
        BROWSER.await(By.cssSelector(".tab[data-status='pending']"));
        BROWSER.awaitText(By.id("mod-list"), replyText);
        WebElement item = driver.findElements(By.cssSelector(".mod-item")).stream()
                .filter(candidate -> candidate.getText().contains(replyText)).findFirst().orElseThrow();
        assertThat(item.getText()).contains("@example.org").contains(clientIp);
        item.findElement(By.cssSelector(".approve")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15))
                .until(d -> !d.findElement(By.id("mod-list")).getText().contains(replyText));

        By threaded = By.cssSelector("li.comment[data-id='" + parentId + "'] > ol.children > li.comment");
        assertThat(Poll.until(Duration.ofSeconds(15), () -> !open("/articles/" + slug).findElements(threaded).isEmpty()))
                .as("the approved reply shows under its parent").isTrue();
        assertThat(BROWSER.driver().findElement(threaded).getText()).contains(replyText);
    }

    @Test
    void repeatedWrongPasswordsOnTheSignInFormEndInAMessageSayingHowLongToWait() {
        WebDriver driver = open("/moderation");
        String username = Fixtures.unique("nobody");
        for (int i = 0; i < 5; i++) {
            signIn(driver, username, "wrong-" + i);
            assertThat(driver.findElement(By.id("login-message")).getText()).isEqualTo("Wrong username or password.");
        }

        signIn(driver, username, "wrong-again");

        assertThat(driver.findElement(By.id("login-message")).getText())
                .isEqualTo("Too many failed sign-in attempts. Please try again in 15 minutes.");
    }

    @Test
    void anEditorOnlyAccountIsRefusedAndItsPasswordIsClearedForTheModerators() {
        WebDriver driver = open("/moderation");
        ((JavascriptExecutor) driver).executeScript("sessionStorage.clear();");
        open("/moderation");
        BROWSER.await(By.id("username")).sendKeys("editor");
        driver.findElement(By.id("password")).sendKeys(Stack.EDITOR_PASSWORD);
        driver.findElement(By.id("login")).click();

        BROWSER.awaitText(By.id("login-message"), "This account cannot moderate comments.");
        assertThat(driver.findElement(By.id("password")).getAttribute("value")).as("the refused password").isEmpty();

        WebElement name = driver.findElement(By.id("username"));
        name.clear();
        name.sendKeys("moderator");
        driver.findElement(By.id("password")).sendKeys(Stack.MODERATOR_PASSWORD);
        driver.findElement(By.id("login")).click();
        BROWSER.await(By.cssSelector(".tab[data-status='pending']"));
        driver.findElement(By.id("sign-out")).click();
    }

    /** Submits the sign-in form and waits for its answer (the form clears the password when it comes). */
    private void signIn(WebDriver driver, String username, String password) {
        WebElement name = BROWSER.await(By.id("username"));
        name.clear();
        name.sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15))
                .until(d -> d.findElement(By.id("password")).getAttribute("value").isEmpty()
                        && d.findElement(By.id("login")).isEnabled());
    }

    @Test
    void hostileCommentAndAuthorNameStayText() {
        String hostileName = "<img src=x onerror=\"window.__xss=1\">";
        String hostileText = Fixtures.unique("<script>window.__xss=2</script><b>bold?</b>");
        approvedComment(hostileName, hostileText);

        WebDriver driver = open("/articles/" + slug);
        BROWSER.awaitText(By.id("comment-list"), "bold?");

        assertThat(((JavascriptExecutor) driver).executeScript("return window.__xss === undefined")).isEqualTo(true);
        assertThat(driver.findElement(By.id("comment-list")).getText()).contains(hostileName).contains("<script>");
        assertThat(driver.findElements(By.cssSelector("#comment-list img"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("#comment-list script"))).isEmpty();
    }

    @Test
    void invalidFieldsAreShownNextToTheFormAndWhatWasTypedIsKept() {
        open("/articles/" + slug);
        fill("Typist", "not-an-email", "Words I typed");

        assertThat(messageAfterSubmit()).contains("correct the highlighted fields");
        assertThat(BROWSER.await(By.id("email-error")).getText()).isNotBlank();
        assertThat(BROWSER.driver().findElement(By.id("email")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(BROWSER.driver().findElement(By.id("comment")).getAttribute("value")).isEqualTo("Words I typed");
    }

    @Test
    void duplicateAndTooFastPostsAreExplained() {
        String email = Fixtures.email();
        open("/articles/" + slug);
        fill("Twice", email, "Same words twice");
        assertThat(messageAfterSubmit()).contains("awaiting moderation");

        BROWSER.driver().findElement(By.id("comment")).sendKeys("Different words, too soon");
        assertThat(messageAfterSubmit()).contains("too quickly").containsPattern("wait \\d+ seconds?");
        assertThat(BROWSER.driver().findElement(By.id("comment")).getAttribute("value")).isEqualTo("Different words, too soon");

        BROWSER.driver().findElement(By.id("comment")).clear();
        BROWSER.driver().findElement(By.id("comment")).sendKeys("Same words twice");
        assertThat(messageAfterSubmit()).contains("already posted");
    }

    @Test
    void closedAndDeletedArticlesAreExplained() {
        String closing = Fixtures.publishedArticle(admin, "open");
        open("/articles/" + closing);
        fill("Late", Fixtures.email(), "Posted after closing");
        JsonNode article = admin.get("/api/articles/" + closing).json().path("article");
        Map<String, Object> closed = new java.util.HashMap<>(Map.of("title", article.path("title").asText(),
                "body", article.path("body").asText(), "status", "published", "commentStatus", "closed",
                "version", article.path("version").asLong()));
        assertThat(admin.put("/api/articles/" + closing, closed).status()).isEqualTo(200);
        assertThat(messageAfterSubmit()).contains("Comments are closed on this article.");

        open("/articles/" + closing);
        BROWSER.await(By.id("comments-closed"));
        assertThat(BROWSER.driver().findElements(By.id("respond"))).as("no reply form on a closed article").isEmpty();

        String doomed = Fixtures.publishedArticle(admin, "open");
        open("/articles/" + doomed);
        fill("Late", Fixtures.email(), "Posted after deletion");
        assertThat(admin.delete("/api/articles/" + doomed).status()).isEqualTo(204);
        assertThat(messageAfterSubmit()).contains("no longer exists");
    }

    @Test
    void keyboardOnlyReaderCanPost() {
        WebDriver driver = open("/articles/" + slug);
        BROWSER.await(By.id("comment-form"));
        Actions keyboard = new Actions(driver);
        for (int i = 0; i < 80 && !"comment".equals(driver.switchTo().activeElement().getAttribute("id")); i++) {
            keyboard.sendKeys(Keys.TAB).perform();
        }
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("comment");

        keyboard.sendKeys("Typed without a mouse.").sendKeys(Keys.TAB)
                .sendKeys("Keyboard Reader").sendKeys(Keys.TAB)
                .sendKeys(Fixtures.email()).sendKeys(Keys.TAB)
                .sendKeys(Keys.TAB)   // past Website to "Notify me of follow-up comments by email"
                .sendKeys(Keys.TAB).sendKeys(Keys.ENTER).perform();

        BROWSER.awaitText(By.id("form-message"), "awaiting moderation");
    }

    @Test
    void swaggerUiRendersTheApiUnderItsContentSecurityPolicy() {
        WebDriver driver = open("/swagger-ui");
        BROWSER.await(By.cssSelector(".opblock-summary-path"));

        assertThat(driver.findElements(By.cssSelector(".opblock-summary-path")))
                .extracting(WebElement::getText).contains("/api/login", "/api/articles/{slug}/comments");
    }

    @Test
    void frontPageListsArticlesWithCommentCounts() {
        WebDriver driver = open("/?tag=testing");
        WebElement first = BROWSER.await(By.cssSelector(".article-item"));

        assertThat(first.getText()).contains("comment");
        assertThat(driver.findElements(By.cssSelector(".article-item h2 a"))).isNotEmpty();
    }

    @Test
    void readerEditsTheirCommentWithinTheWindow() {
        WebDriver driver = open("/articles/" + slug);
        String typo = Fixtures.unique("Teh typo");
        fill("Typist", Fixtures.email(), typo);
        driver.findElement(By.id("submit")).click();
        BROWSER.awaitText(By.id("comment-list"), typo);

        BROWSER.await(By.cssSelector(".edit-comment")).click();
        WebElement text = BROWSER.await(By.cssSelector(".edit-form .edit-text"));
        String fixed = typo.replace("Teh", "The");
        text.clear();
        text.sendKeys(fixed);
        driver.findElement(By.cssSelector(".edit-form .save-edit")).click();

        BROWSER.awaitText(By.cssSelector(".author-note"), "Your change awaits moderation.");
        assertThat(driver.findElement(By.id("comment-list")).getText()).contains(fixed).doesNotContain(typo);
        JsonNode mine = null;
        for (JsonNode item : admin.get("/api/moderation/comments?status=pending&size=100&article=" + slug).json().path("items")) {
            if (item.path("content").asText().equals(fixed)) {
                mine = item;
            }
        }
        assertThat(mine).as("the edited comment in the moderation queue").isNotNull();
        assertThat(mine.path("editedAt").isNull()).isFalse();
    }
}
