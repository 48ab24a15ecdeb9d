package org.compteassure.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium, driven by Debian's chromedriver: nothing is downloaded. */
public final class Browser {

    /** WCAG 2.2 level AA as axe-core tags its rules: every level up to 2.2 AA (2.2 adds target-size). */
    public static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private Browser() {
    }

    public static WebDriver open() {
        try {
            ChromeOptions options = new ChromeOptions()
                    .setBinary("/usr/bin/chromium")
                    .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--disable-quic", "--no-first-run", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--window-size=1280,900",
                            "--lang=fr-FR",
                            "--user-data-dir=" + Files.createTempDirectory("chromium-it"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return driver;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Clicks what leads to a new page (a link, a submit button) and waits until that page has replaced this one. */
    public static void clickAndWait(WebDriver driver, By target) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        WebElement page = clickOnce(driver, target);
        wait.until(replaced -> isGone(page));
        wait.until(loaded -> "complete".equals(((JavascriptExecutor) loaded).executeScript("return document.readyState")));
    }

    /**
     * Chromium sometimes refuses a click on a page it has just finished loading ("Node … does not belong to the
     * document"): the element is then looked up again and clicked once more.
     */
    private static WebElement clickOnce(WebDriver driver, By target) {
        for (int attempt = 1; ; attempt++) {
            try {
                WebElement page = driver.findElement(By.tagName("html"));
                driver.findElement(target).click();
                return page;
            } catch (WebDriverException e) {
                if (attempt == 3 || !isStale(e)) {
                    throw e;
                }
            }
        }
    }

    /** Whether the element's page has been replaced (Chromium reports it in two ways). */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException e) {
            if (isStale(e)) {
                return true;
            }
            throw e;
        }
    }

    private static boolean isStale(WebDriverException e) {
        return e instanceof StaleElementReferenceException
                || String.valueOf(e.getMessage()).contains("does not belong to the document");
    }

    /** Types into a field (by its id), replacing what it held. */
    public static void type(WebDriver driver, String id, String value) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    /** The visible text of the main content. */
    public static String mainText(WebDriver driver) {
        return driver.findElement(By.tagName("main")).getText();
    }

    /** Runs axe-core with the WCAG 2.2 A and AA rules on the current page and fails on any violation. */
    public static void assertAccessible(WebDriver driver) {
        assertEquals(List.of(), describe(axe(driver).getViolations()), "axe-core violations on " + driver.getCurrentUrl());
    }

    /**
     * axe-core on the page as it is at 360 then 1280 px, and no page wider than the screen (UI.md), naming the
     * elements that stick out.
     */
    public static void assertAccessibleAtBothWidths(WebDriver driver) {
        for (int width : List.of(360, 1280)) {
            driver.manage().window().setSize(new Dimension(width, 900));
            assertAccessible(driver);
            JavascriptExecutor js = (JavascriptExecutor) driver;
            long inner = (Long) js.executeScript("return document.documentElement.clientWidth");
            long scroll = (Long) js.executeScript("return document.documentElement.scrollWidth");
            assertTrue(scroll <= inner, driver.getCurrentUrl() + " at " + width
                    + " px is " + scroll + " px wide for " + inner + ", because of: " + js.executeScript("""
                    return [...document.querySelectorAll('body *')]
                        .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth)
                        .slice(-5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + e.className
                            + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ')"""));
        }
    }

    /** axe-core's whole answer for the current page, at WCAG 2.2 AA. */
    public static Results axe(WebDriver driver) {
        return new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);
    }

    /** Each violated rule as a line: its id, its help and the elements that fail it. */
    public static List<String> describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> rule.getId() + ": " + rule.getHelp() + " " + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .toList();
    }
}
