package org.newsroom.acceptance;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An editor running the whole life of an article in the editor console, in headless Chromium against the whole stack. */
class EditorBrowserTest {

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    private static final String BODY = "## Budget talks\n\n- first point\n- second point\n\nRead [the plan](https://example.org/plan).";
    /** Whether the page would make the browser ask before leaving it. */
    private static final String ASKS_BEFORE_LEAVING =
            "const leaving = new Event('beforeunload', { cancelable: true }); window.dispatchEvent(leaving); return leaving.defaultPrevented;";
    private static Stack stack;
    private static Api api;

    @BeforeAll
    static void start() {
        Assumptions.assumeTrue(Browser.isInstalled(), "Debian's chromium and chromium-driver are not installed");
        stack = Stack.shared();
        api = stack.api();
    }

    @AfterAll
    static void stop() {
        BROWSER.quit();
    }

    @BeforeEach
    void forgetTheLastSession() {
        open("/editor");
        script("sessionStorage.clear(); localStorage.clear();");
    }

    private WebDriver open(String path) {
        WebDriver driver = BROWSER.driver();
        driver.get(stack.gatewayUrl() + path);
        return driver;
    }

    private Object script(String code) {
        return ((JavascriptExecutor) BROWSER.driver()).executeScript(code);
    }

    private void until(String what, java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(BROWSER.driver(), Duration.ofSeconds(15)).withMessage(what).until(condition);
    }

    private WebElement field(String id) {
        return BROWSER.driver().findElement(By.id(id));
    }

    private void type(String id, String text) {
        WebElement input = BROWSER.await(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private void signIn(String username, String password) {
        open("/editor");
        type("username", username);
        type("password", password);
        field("login").click();
    }

    private void signInAsEditor() {
        signIn("editor", Stack.EDITOR_PASSWORD);
        BROWSER.await(By.id("article-list-panel"));
    }

    private String saveAndAwait(String button, String message) {
        field(button).click();
        return awaitSaved(message);
    }

    /** Waits for the message of a save and returns the slug the address now names. */
    private String awaitSaved(String message) {
        BROWSER.awaitText(By.id("form-message"), message);
        until("the address names the article", driver -> driver.getCurrentUrl().contains("#edit/"));
        String url = BROWSER.driver().getCurrentUrl();
        return url.substring(url.indexOf("#edit/") + "#edit/".length());
    }

    private void openInEditor(String slug) {
        open("/editor#edit/" + slug);
        until("the article is in the form", driver -> driver.findElement(By.id("slug")).getAttribute("value").equals(slug));
    }

    /** Waits for a page of the site to show articles, whether the server or a script put them there. */
    private String frontPageText() {
        open("/");
        BROWSER.await(By.cssSelector("main a[href^='/articles/']"));
        return field("main").getText();
    }

    private String editorToken() {
        return api.login("editor", Stack.EDITOR_PASSWORD);
    }

    @Test
    void editorWritesPreviewsPublishesEditsClosesCommentsAndDeletesAnArticle() {
        signInAsEditor();
        field("new-article").click();
        String title = Fixtures.unique("Browser story");
        type("title", title);
        type("body", BODY);

        WebElement heading = BROWSER.await(By.cssSelector("#preview-body h2"));
        assertThat(heading.getText()).isEqualTo("Budget talks");
        assertThat(BROWSER.driver().findElements(By.cssSelector("#preview-body li"))).hasSize(2);
        assertThat(field("preview-body").findElement(By.cssSelector("a")).getAttribute("href")).isEqualTo("https://example.org/plan");

        String slug = saveAndAwait("save-draft", "Draft saved.");
        assertThat(field("slug").getAttribute("readonly")).isNotNull();
        Api editor = api.as(editorToken());
        assertThat(editor.get("/api/articles/" + slug).json().path("article").path("status").asText()).isEqualTo("draft");
        assertThat(api.get("/api/articles/" + slug).status()).isEqualTo(404);
        assertThat(api.get("/api/articles?size=100").body()).doesNotContain(slug);
        assertThat(frontPageText()).doesNotContain(title);

        openInEditor(slug);
        saveAndAwait("publish", "Published.");
        assertThat(api.get("/api/articles?size=100").body()).contains(slug);
        assertThat(frontPageText()).contains(title);
        open("/articles/" + slug);
        BROWSER.awaitText(By.id("main"), "Budget talks");
        assertThat(BROWSER.driver().findElement(By.cssSelector("main h2")).getText()).isEqualTo("Budget talks");
        assertThat(BROWSER.driver().findElement(By.cssSelector("main a[href='https://example.org/plan']")).getText()).isEqualTo("the plan");

        editedInTwoTabsGivesAConflict(slug);
        closingCommentsRemovesTheReplyForm(slug);

        openInEditor(slug);
        field("delete").click();
        BROWSER.await(By.id("confirm-delete")).click();
        BROWSER.awaitText(By.id("list-message"), "was deleted");
        assertThat(editor.get("/api/articles/" + slug).status()).isEqualTo(404);
        open("/articles/" + slug);
        until("the page says the article is not found", driver -> driver.findElement(By.tagName("body")).getText().toLowerCase().contains("not found"));
    }

    private void editedInTwoTabsGivesAConflict(String slug) {
        WebDriver driver = BROWSER.driver();
        openInEditor(slug);
        String first = driver.getWindowHandle();

        driver.switchTo().newWindow(WindowType.TAB);
        signIn("admin", Stack.ADMIN_PASSWORD);
        open("/editor#edit/" + slug);
        until("the second tab has the article", d -> d.findElement(By.id("slug")).getAttribute("value").equals(slug));
        String theirTitle = Fixtures.unique("Retitled in another tab");
        type("title", theirTitle);
        field("update").click();
        BROWSER.awaitText(By.id("form-message"), "readers see the new version");
        driver.close();
        driver.switchTo().window(first);

        field("body").sendKeys("\n\nA paragraph added in the first tab.");
        field("update").click();

        WebElement conflict = BROWSER.await(By.id("conflict"));
        assertThat(conflict.getText()).contains("Someone else changed this article").contains(theirTitle).contains("title")
                .contains("It was changed by admin at ");
        assertThat(api.get("/api/articles/" + slug).json().path("article").path("body").asText()).doesNotContain("first tab");
        field("reload-server").click();
        until("the server's title is loaded", d -> d.findElement(By.id("title")).getAttribute("value").equals(theirTitle));
        assertThat(field("article-state").getText()).contains("by admin");
        assertThat(field("my-copy-text").getAttribute("value")).contains("A paragraph added in the first tab.");
    }

    private void closingCommentsRemovesTheReplyForm(String slug) {
        open("/articles/" + slug);
        BROWSER.await(By.id("comment-form"));

        openInEditor(slug);
        field("comments-closed").click();
        field("update").click();
        BROWSER.awaitText(By.id("form-message"), "readers see the new version");

        open("/articles/" + slug);
        BROWSER.awaitText(By.id("main"), "Comments are closed");
        assertThat(BROWSER.driver().findElements(By.id("comment-form"))).noneMatch(WebElement::isDisplayed);
    }

    @Test
    void enterInAFieldOfAPublishedArticleSavesItAndKeepsItPublished() {
        Api editor = api.as(editorToken());
        String slug = Fixtures.publishedArticle(editor, "open");
        signInAsEditor();
        openInEditor(slug);
        assertThat(field("update").isDisplayed()).isTrue();
        String title = Fixtures.unique("Retitled with Enter");

        type("title", title);
        field("title").sendKeys(Keys.ENTER);

        until("the save is answered", driver -> !driver.findElement(By.id("form-message")).getText().isEmpty());
        assertThat(field("form-message").getText()).isEqualTo("Saved: readers see the new version.");
        Api.Reply published = api.get("/api/articles/" + slug);
        assertThat(published.status()).as("readers still see the article").isEqualTo(200);
        assertThat(published.json().path("article").path("title").asText()).isEqualTo(title);
        assertThat(field("unpublish").isDisplayed()).isTrue();
        assertThat(editor.delete("/api/articles/" + slug).status()).isEqualTo(204);
    }

    @Test
    void aModeratorOnlyAccountIsToldItLacksTheEditorRoleAndGetsNoActions() {
        signIn("moderator", Stack.MODERATOR_PASSWORD);

        BROWSER.awaitText(By.id("login-message"), "does not have the EDITOR role");
        for (String id : List.of("article-list-panel", "editor-panel", "new-article", "article-form", "sign-out")) {
            assertThat(field(id).isDisplayed()).as(id).isFalse();
        }
        assertThat(script("return sessionStorage.getItem('editor.token')")).isNull();

        open("/editor#new");
        assertThat(BROWSER.await(By.id("login-form")).isDisplayed()).isTrue();
        assertThat(field("article-form").isDisplayed()).isFalse();
        Api moderator = api.as(api.login("moderator", Stack.MODERATOR_PASSWORD));
        assertThat(moderator.post("/api/articles/preview", Map.of("body", "x")).status()).isEqualTo(403);
    }

    @Test
    void anExpiredSessionMidEditAsksToSignInAgainAndKeepsTheText() {
        signInAsEditor();
        open("/editor#new");
        String title = Fixtures.unique("Written while the session ran out");
        type("title", title);
        type("body", "Words that must not be lost.");
        script("sessionStorage.setItem('editor.token', 'an.expired.token')");

        field("save-draft").click();

        BROWSER.await(By.id("reauth"));
        assertThat(field("reauth-username").getAttribute("value")).isEqualTo("editor");
        type("reauth-password", Stack.EDITOR_PASSWORD);
        field("reauth-submit").click();
        String slug = awaitSaved("Draft saved.");
        assertThat(field("body").getAttribute("value")).isEqualTo("Words that must not be lost.");
        assertThat(api.as(editorToken()).delete("/api/articles/" + slug).status()).isEqualTo(204);
    }

    @Test
    void everyRefusalIsExplainedNextToItsField() {
        signInAsEditor();
        open("/editor#new");
        BROWSER.await(By.id("article-form"));

        field("save-draft").click();
        BROWSER.awaitText(By.id("title-error"), "Title is required");
        assertThat(field("body-error").getText()).contains("Text is required");
        assertThat(field("title").getAttribute("aria-invalid")).isEqualTo("true");

        type("title", Fixtures.unique("Refused"));
        type("body", "Some text.");
        type("slug", Stack.SAMPLE_SLUG);
        field("save-draft").click();
        BROWSER.awaitText(By.id("slug-error"), "already taken");
        assertThat(field("slug").getAttribute("aria-invalid")).isEqualTo("true");

        type("slug", "Not A Slug");
        type("tags", "fine, " + "t".repeat(51));
        field("save-draft").click();
        BROWSER.awaitText(By.id("form-message"), "Please correct the fields marked below.");
        assertThat(field("slug-error").getText()).startsWith("Slug must be lower-case letters and digits");
        assertThat(field("tags-error").getText()).startsWith("Tag 2 ");
        assertThat(field("title-error").isDisplayed()).isFalse();
        assertThat(field("body").getAttribute("value")).isEqualTo("Some text.");
    }

    @Test
    void keyboardOnlyEditorCanSignInWriteAndSaveADraft() {
        WebDriver driver = open("/editor");
        until("the username field has the focus", d -> "username".equals(d.switchTo().activeElement().getAttribute("id")));
        Actions keyboard = new Actions(driver);

        keyboard.sendKeys("editor").sendKeys(Keys.TAB).sendKeys(Stack.EDITOR_PASSWORD).sendKeys(Keys.ENTER).perform();
        until("the list has the focus", d -> "list-title".equals(d.switchTo().activeElement().getAttribute("id")));
        keyboard.sendKeys(Keys.TAB).perform();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("new-article");
        keyboard.sendKeys(Keys.ENTER).perform();
        until("the form has the focus", d -> "form-title".equals(d.switchTo().activeElement().getAttribute("id")));
        // title, slug, byline, text
        keyboard.sendKeys(Keys.TAB).sendKeys(Fixtures.unique("Typed by keyboard")).sendKeys(Keys.TAB).sendKeys(Keys.TAB).sendKeys(Keys.TAB)
                .sendKeys("Typed without a mouse.").sendKeys(Keys.TAB).sendKeys(Keys.TAB).sendKeys(Keys.TAB).sendKeys(Keys.TAB).perform();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("save-draft");
        keyboard.sendKeys(Keys.ENTER).perform();

        String slug = awaitSaved("Draft saved.");
        Api editor = api.as(editorToken());
        assertThat(editor.get("/api/articles/" + slug).json().path("article").path("author").asText())
                .as("no byline typed: the signed-in user name").isEqualTo("editor");
        assertThat(editor.delete("/api/articles/" + slug).status()).isEqualTo(204);
    }

    @Test
    void bylineIsSetOnCreateChangedOnEditKeptWhenLeftEmptyAndKeptInUnsavedCopies() {
        signInAsEditor();
        open("/editor#new");
        BROWSER.await(By.id("article-form"));
        assertThat(field("author").getAttribute("value")).isEmpty();
        assertThat(field("author").getAttribute("maxlength")).isEqualTo("100");
        assertThat(field("author-hint").getText()).contains("Leave it empty to use your user name, “editor”");
        type("author", "x".repeat(101));
        assertThat(field("author").getAttribute("value")).hasSize(100);

        type("title", Fixtures.unique("Signed story"));
        type("body", "A story with a byline.");
        script("document.getElementById('author').value = 'Tab\there';");
        field("save-draft").click();
        BROWSER.awaitText(By.id("author-error"), "Byline must be one line");
        assertThat(field("author").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(field("form-message").getText()).contains("Please correct the fields marked below.");

        type("author", "Dana Reporter");
        String slug = saveAndAwait("save-draft", "Draft saved.");
        Api editor = api.as(editorToken());
        assertThat(editor.get("/api/articles/" + slug).json().path("article").path("author").asText()).isEqualTo("Dana Reporter");
        assertThat(field("author-error").isDisplayed()).isFalse();

        open("/editor");
        BROWSER.await(By.id("article-list-panel"));
        openInEditor(slug);
        assertThat(field("author").getAttribute("value")).isEqualTo("Dana Reporter");
        assertThat(field("author-hint").getText()).contains("keeps its byline, “Dana Reporter”");
        type("author", "Sam Columnist");
        saveAndAwait("publish", "Published.");
        assertThat(editor.get("/api/articles/" + slug).json().path("article").path("author").asText()).isEqualTo("Sam Columnist");
        open("/articles/" + slug);
        BROWSER.awaitText(By.id("article-meta"), "By Sam Columnist");

        openInEditor(slug);
        assertThat(field("author").getAttribute("value")).isEqualTo("Sam Columnist");
        field("author").clear();
        field("update").click();
        BROWSER.awaitText(By.id("form-message"), "readers see the new version");
        assertThat(editor.get("/api/articles/" + slug).json().path("article").path("author").asText())
                .as("an empty byline keeps the stored one").isEqualTo("Sam Columnist");
        assertThat(field("author").getAttribute("value")).isEqualTo("Sam Columnist");

        type("author", "Unsaved Byline");
        until("a copy with the byline is kept on the device", d -> String.valueOf(script("return JSON.stringify(localStorage)")).contains("Unsaved Byline"));
        BROWSER.driver().navigate().refresh();
        acceptLeavePrompt();
        BROWSER.await(By.id("restored"));
        assertThat(field("author").getAttribute("value")).isEqualTo("Unsaved Byline");
        field("discard-copy").click();
        assertThat(field("author").getAttribute("value")).isEqualTo("Sam Columnist");

        assertThat(editor.delete("/api/articles/" + slug).status()).isEqualTo(204);
    }

    @Test
    void unsavedTextSurvivesAReloadAndCanBeDiscarded() {
        signInAsEditor();
        open("/editor#new");
        type("title", "Half-written");
        type("body", "Not saved anywhere but here.");
        until("a copy is kept on the device", d -> script("return Object.keys(localStorage).join()").toString().contains("editor.copy.editor."));
        assertThat(script(ASKS_BEFORE_LEAVING)).as("leaving asks first").isEqualTo(true);

        BROWSER.driver().navigate().refresh();
        acceptLeavePrompt();

        BROWSER.await(By.id("restored"));
        assertThat(field("title").getAttribute("value")).isEqualTo("Half-written");
        assertThat(field("body").getAttribute("value")).isEqualTo("Not saved anywhere but here.");
        field("discard-copy").click();
        assertThat(field("body").getAttribute("value")).isEmpty();
        assertThat(script(ASKS_BEFORE_LEAVING)).as("nothing unsaved, nothing asked").isEqualTo(false);
        assertThat(script("return Object.keys(localStorage).join()").toString()).doesNotContain("editor.copy.");
    }

    /** Chromium asks before leaving a page with unsaved changes; whether the driver sees that prompt depends on its settings. */
    private void acceptLeavePrompt() {
        try {
            BROWSER.driver().switchTo().alert().accept();
        } catch (NoAlertPresentException noPrompt) {
            // the driver answered it already
        }
    }
}
