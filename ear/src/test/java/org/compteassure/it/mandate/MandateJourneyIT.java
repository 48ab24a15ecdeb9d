package org.compteassure.it.mandate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.compteassure.it.support.Accounts;
import org.compteassure.it.support.Browser;
import org.compteassure.it.support.BrowserTest;
import org.compteassure.it.support.Mailbox;
import org.compteassure.it.support.People;
import org.compteassure.it.support.Site;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * « Un proche m'aide » in Chromium: Marie gives Paul a mandate for her payments (bad input refused next to its
 * fields, nothing signed), both get a mail; Paul, logged in as himself, switches to « Agir pour … », sees the banner
 * and only « Mes paiements » in the menu, is refused « Mes informations » (403), comes back to his account; Marie's
 * activity page says what he did « pour » her. axe-core on every new page and state at 1280 and 360 px.
 */
class MandateJourneyIT extends BrowserTest {

    private static final String CODE = "Mandat-Glycine-Ocre-31";
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private void accessibleAtBothWidths() {
        Browser.assertAccessibleAtBothWidths(driver);
    }

    private String error(String id) {
        return driver.findElement(By.id(id + "-error")).getText();
    }

    @Test
    void marieGivesPaulAMandateAndPaulActsForHerWithinIt() {
        Site site = newSite();
        People.Person marie = People.fresh(true);
        People.Person paul = People.fresh(true);
        int marieMails = Accounts.openByEmail(site, marie, CODE);
        int paulMails = Accounts.openByEmail(site, paul, CODE);

        Accounts.loginInBrowser(driver, base.toString(), marie, CODE, ++marieMails);
        Browser.clickAndWait(driver, By.linkText("Un proche m'aide"));
        assertEquals("Un proche m'aide", driver.findElement(By.tagName("h1")).getText());
        accessibleAtBothWidths();

        Browser.type(driver, "give:helperNir", "<script>1</script>");
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]",
                driver.findElement(By.id("give:helperName")), "Testeur 😀");
        Browser.type(driver, "give:lastDay", LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(1).format(TYPED));
        Browser.type(driver, "give:secret", CODE);
        Browser.clickAndWait(driver, By.id("give:submit"));
        assertTrue(error("helperNir").contains("15 chiffres"), error("helperNir"));
        assertTrue(error("helperName").contains("des lettres"), error("helperName"));
        assertTrue(error("payments").contains("Cochez au moins"), error("payments"));
        assertTrue(error("lastDay").contains("déjà passé"), error("lastDay"));
        assertTrue(driver.findElements(By.cssSelector("li[id^='given-']")).isEmpty(), "nothing signed");
        accessibleAtBothWidths();

        Browser.type(driver, "give:helperNir", paul.nir15());
        Browser.type(driver, "give:helperName", "Testeur");
        driver.findElement(By.id("give:payments")).click();
        Browser.type(driver, "give:lastDay", LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(30).format(TYPED));
        Browser.type(driver, "give:secret", CODE);
        Browser.clickAndWait(driver, By.id("give:submit"));
        String given = Browser.mainText(driver);
        assertTrue(given.contains("Le mandat est signé"), given);
        assertTrue(given.contains(paul.givenNames() + " TESTEUR"), given);
        assertTrue(Mailbox.awaitMail(marie.email(), ++marieMails).subject().startsWith("Vous avez donné un mandat"));
        assertTrue(Mailbox.awaitMail(paul.email(), ++paulMails).subject().endsWith("vous a donné un mandat"));
        accessibleAtBothWidths();
        Browser.clickAndWait(driver, By.id("logout:submit"));

        Accounts.loginInBrowser(driver, base.toString(), paul, CODE, ++paulMails);
        Browser.clickAndWait(driver, By.linkText("Un proche m'aide"));
        Browser.clickAndWait(driver, By.cssSelector("li[id^='received-'] form[id$='act'] input[type='submit']"));
        String banner = driver.findElement(By.id("acting")).getText();
        assertTrue(banner.contains("Vous agissez pour " + marie.givenNames() + " TESTEUR"), banner);
        assertTrue(driver.findElements(By.linkText("Mes informations")).isEmpty(), "outside the mandate: not in the menu");
        accessibleAtBothWidths();
        Browser.clickAndWait(driver, By.linkText("Mes paiements"));
        assertEquals("Mes paiements", driver.findElement(By.tagName("h1")).getText());
        assertTrue(driver.findElement(By.id("acting")).isDisplayed(), "the banner on every page");
        accessibleAtBothWidths();
        driver.get(base + "espace/informations");
        String refused = Browser.mainText(driver);
        assertFalse(refused.contains(marie.ibanEnd()), "no data outside the mandate");
        assertFalse(driver.findElement(By.tagName("h1")).getText().equals("Mes informations"), refused);
        driver.get(base + "espace/paiements");
        Browser.clickAndWait(driver, By.id("stopActing:submit"));
        assertTrue(driver.findElements(By.id("acting")).isEmpty(), "back on his own account");
        assertTrue(Browser.mainText(driver).contains("Vous êtes revenu à votre compte"));
        Browser.clickAndWait(driver, By.id("logout:submit"));

        Accounts.loginInBrowser(driver, base.toString(), marie, CODE, ++marieMails);
        driver.get(base + "espace/activite");
        String activity = Browser.mainText(driver);
        assertTrue(activity.contains("Action d'un proche (consultation des paiements) — par " + paul.givenNames()
                + " TESTEUR pour " + marie.givenNames() + " TESTEUR"), activity);
        assertTrue(activity.contains("Mandat donné à un proche"), activity);
    }
}
