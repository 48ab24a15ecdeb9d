package org.compteassure.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.compteassure.it.support.Accounts;
import org.compteassure.it.support.Browser;
import org.compteassure.it.support.BrowserTest;
import org.compteassure.it.support.People;
import org.compteassure.it.support.Site;
import org.compteassure.it.support.StaffLogin;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;

/**
 * The pages that were wider than a phone, at 360 px and 1280 px, for each role in one browser: no page wider than the
 * window, the navigation folded behind one « Menu » button on a phone (mouse and keyboard) and no button on a wide
 * screen, the payments as cards showing amount and status, and axe-core with no violation (scrollable boxes focusable).
 */
class PhoneLayoutIT extends BrowserTest {

    private static final String CODE = "Telephone-Lavande-42";
    private static final String PASSWORD = "Brume-Ocre-Tulipe-77";
    private static final int PHONE = 360;
    private static final int DESKTOP = 1280;

    @Test
    void everyRolesWidestPagesFitAPhoneAndTheMenuFolds() {
        Site site = newSite();
        People.Person person = People.fresh(false);
        Accounts.openWithoutEmail(site, person, CODE);
        for (int i = 0; i < 3; i++) {
            site.support("payment", Map.of("nir", person.nir13(), "careDate", LocalDate.now().minusDays(10 + 40L * i).toString(),
                    "amount", "1234.50", "status", i == 0 ? "REJECTED" : "PAID",
                    "reference", "PHONE-" + person.nir13() + "-" + i));
        }
        driver.get(base.toString());
        Browser.type(driver, "login:nir", person.nir13());
        Browser.type(driver, "login:code", CODE);
        Browser.clickAndWait(driver, By.id("login:submit"));
        checkPages("/espace/accueil", "/espace/paiements", "/espace/securite");
        collect(this::checkPaymentCards);

        String adviser = "tel-" + System.nanoTime() % 100_000_000;
        site.support("staff", Map.of("username", adviser, "password", PASSWORD, "role", "adviser"));
        driver.manage().deleteAllCookies();
        StaffLogin.in(driver, base.toString(), adviser, PASSWORD);
        driver.get(base + "conseiller/assures");
        Browser.type(driver, "search:nir", person.nir13());
        Browser.clickAndWait(driver, By.id("search:submit"));
        Browser.clickAndWait(driver, By.cssSelector("a[href*='/conseiller/dossier?id=']"));
        checkPages(driver.getCurrentUrl().substring(base.toString().length() - 1));

        driver.manage().deleteAllCookies();
        StaffLogin.in(driver, base.toString(), "premier-admin", "Premier-Admin-2026!");
        checkPages("/admin/personnel", "/admin/cartes");
        assertEquals(List.of(), problems);
    }

    /** What is wrong, page by page: every page is measured even when one fails, so a run tells all. */
    private final List<String> problems = new ArrayList<>();

    /** Each page at both widths: no sideways scrolling, the menu as it should be, no axe violation. */
    private void checkPages(String... paths) {
        for (int width : List.of(PHONE, DESKTOP)) {
            driver.manage().window().setSize(new Dimension(width, 900));
            for (String path : paths) {
                driver.get(base + path.substring(1));
                long inner = number("return document.documentElement.clientWidth");
                long scroll = number("return document.documentElement.scrollWidth");
                System.out.printf("PhoneLayoutIT width %d %s: scrollWidth %d, clientWidth %d%n", width, path, scroll, inner);
                if (scroll > inner) {
                    problems.add(path + " at " + width + " px is " + scroll + " px wide, because of: " + widest());
                }
                collect(() -> {
                    if (width == PHONE) {
                        checkFoldedMenu(path);
                    } else {
                        assertFalse(menuButton().isDisplayed(), "no menu button on a wide screen: " + path);
                        assertTrue(firstLink().isDisplayed(), path);
                    }
                });
                collect(() -> Browser.assertAccessible(driver));
            }
        }
    }

    /** Folded until the button is pressed (by click, then by the keyboard), aria-expanded saying so. */
    private void checkFoldedMenu(String path) {
        WebElement button = menuButton();
        assertTrue(button.isDisplayed(), "a menu button on a phone: " + path);
        assertEquals("main-menu", button.getAttribute("aria-controls"));
        assertEquals("false", button.getAttribute("aria-expanded"));
        assertFalse(firstLink().isDisplayed(), "the menu is folded at first: " + path);
        button.click();
        assertEquals("true", button.getAttribute("aria-expanded"));
        assertTrue(firstLink().isDisplayed(), "the menu unfolds: " + path);
        button.sendKeys(Keys.ENTER);
        assertEquals("false", button.getAttribute("aria-expanded"), "Enter folds it again");
        assertFalse(firstLink().isDisplayed(), path);
        button.sendKeys(Keys.ENTER);
        assertTrue(firstLink().isDisplayed(), "Enter unfolds it: " + path);
    }

    /** On a phone each payment is a card whose amount and status are inside the screen, without scrolling. */
    private void checkPaymentCards() {
        driver.manage().window().setSize(new Dimension(PHONE, 900));
        driver.get(base + "espace/paiements");
        long inner = number("return document.documentElement.clientWidth");
        WebElement row = driver.findElement(By.cssSelector("#payments tbody tr"));
        for (WebElement cell : row.findElements(By.tagName("td"))) {
            long right = number("return arguments[0].getBoundingClientRect().right", cell);
            assertTrue(cell.isDisplayed() && right <= inner, cell.getText() + " ends at " + right);
        }
        WebElement amount = row.findElement(By.cssSelector("td.number"));
        assertTrue(String.valueOf(((JavascriptExecutor) driver).executeScript("return arguments[0].textContent", amount))
                .matches("1\\D234,50\\D€"), amount.getText());
        screenshot("paiements-360.png");
        assertEquals("Montant", row.findElement(By.cssSelector("td.number")).getAttribute("data-label"));
        assertNull(driver.findElement(By.cssSelector("details.chart-details")).getAttribute("open"),
                "the monthly amounts folded by default");
        WebElement box = driver.findElement(By.cssSelector(".chart-box"));
        List<WebElement> bars = box.findElements(By.cssSelector("rect.chart-bar"));
        long newest = number("return arguments[0].getBoundingClientRect().right", bars.get(bars.size() - 1));
        long oldest = number("return arguments[0].getBoundingClientRect().left", bars.get(0));
        long boxLeft = number("return arguments[0].getBoundingClientRect().left", box);
        long boxRight = number("return arguments[0].getBoundingClientRect().right", box);
        assertTrue(newest <= boxRight && oldest < boxLeft, "the newest months in view first, the oldest by scrolling: "
                + oldest + ".." + newest + " in " + boxLeft + ".." + boxRight);
    }

    private void collect(Runnable check) {
        try {
            check.run();
        } catch (AssertionError e) {
            problems.add(e.getMessage());
        }
    }

    /** The innermost elements that stick out of the window, to say what to fix. */
    private String widest() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript("""
                return [...document.querySelectorAll('body *')]
                        .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth
                        && ![...e.children].some(c => c.getBoundingClientRect().right > document.documentElement.clientWidth))
                    .slice(0, 5)
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '')
                        + ' ' + Math.round(e.getBoundingClientRect().right))
                    .join(', ')"""));
    }

    /** Kept as build output (target/screenshots), for a person to look at; never compared. */
    private void screenshot(String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(folder.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private WebElement menuButton() {
        return driver.findElement(By.cssSelector("button.menu-button"));
    }

    private WebElement firstLink() {
        return driver.findElement(By.cssSelector("#main-menu a"));
    }

    private long number(String script, Object... arguments) {
        return ((Number) ((JavascriptExecutor) driver).executeScript(script, arguments)).longValue();
    }
}
