package org.newsroom.acceptance;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

/** Debian's headless Chromium driven by Selenium; saves a screenshot when a test fails. */
final class Browser implements TestWatcher {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private WebDriver driver;

    static boolean isInstalled() {
        return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    }

    /**
     * Skips the calling test when Chromium is missing on a developer's machine; under CI
     * ({@code CI=true}) a missing browser fails the test instead, so that browser tests never go quietly unrun.
     */
    static void requireInstalled() {
        requireInstalled(isInstalled(), System.getenv("CI"));
    }

    static void requireInstalled(boolean installed, String ci) {
        String missing = "Debian's chromium and chromium-driver are not installed";
        if (!installed && "true".equalsIgnoreCase(ci)) {
            throw new AssertionError(missing + " (required under CI=true)");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(installed, missing);
    }

    WebDriver driver() {
        if (driver == null) {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--window-size=1100,1400", "--lang=en-US");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        }
        return driver;
    }

    /**
     * Every request of the browser from now on appears to come from {@code ip} (the test stack trusts
     * 127.0.0.1 as a proxy), so that each test posts as a reader of its own inside the flood window.
     */
    void comeFrom(String ip) {
        ChromeDriver chromium = (ChromeDriver) driver();
        chromium.executeCdpCommand("Network.enable", Map.of());
        chromium.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("X-Forwarded-For", ip)));
    }

    WebElement await(By locator) {
        return new WebDriverWait(driver(), Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    void awaitText(By locator, String text) {
        new WebDriverWait(driver(), Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    void quit() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (driver instanceof TakesScreenshot camera) {
            try {
                Path target = Path.of("target", "screenshots");
                Files.createDirectories(target);
                File shot = camera.getScreenshotAs(OutputType.FILE);
                Files.copy(shot.toPath(), target.resolve(context.getDisplayName().replaceAll("[^A-Za-z0-9]+", "_") + ".png"),
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException | RuntimeException ignored) {
                // a failed screenshot must not hide the failure itself
            }
        }
    }
}
