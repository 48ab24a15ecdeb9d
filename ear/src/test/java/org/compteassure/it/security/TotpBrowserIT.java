package org.compteassure.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.compteassure.it.support.Browser;
import org.compteassure.it.support.BrowserTest;
import org.compteassure.it.support.People;
import org.compteassure.it.support.Site;
import org.compteassure.service.security.Totp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The second-factor pages in Chromium, each checked by axe-core: staff enrolment and second step, insured ones. */
class TotpBrowserIT extends BrowserTest {

    private static final String PASSWORD = "Navigateur-Facteur-2026!";
    private static final String CODE = "Givre-Ardoise-Lupin-58";

    @Test
    void aStaffMemberEnrolsThenLogsInWithARecoveryCode() {
        Site site = newSite();
        String adviser = "nav-totp-" + System.nanoTime() % 1_000_000;
        site.support("staff", Map.of("username", adviser, "password", PASSWORD, "role", "adviser"));
        staffPassword(adviser);
        assertTrue(driver.getCurrentUrl().endsWith("/conseiller-enrolement"), driver.getCurrentUrl());
        assertEquals("Ajoutez votre application d'authentification", driver.findElement(By.tagName("h1")).getText());
        Browser.assertAccessible(driver);
        String secret = driver.findElement(By.id("totp-secret")).getText().replace(" ", "");

        Browser.type(driver, "enrol:code", "abc");
        Browser.clickAndWait(driver, By.id("enrol:submit"));
        assertTrue(Browser.mainText(driver).contains("compte 6 chiffres"), Browser.mainText(driver));
        Browser.assertAccessible(driver);
        Browser.type(driver, "enrol:code", Authenticators.code(secret, site));
        Browser.clickAndWait(driver, By.id("enrol:submit"));
        assertTrue(Browser.mainText(driver).contains("Vos codes de secours"), Browser.mainText(driver));
        Browser.assertAccessible(driver);
        List<String> codes = driver.findElements(By.cssSelector(".recovery-codes code")).stream()
                .map(WebElement::getText).toList();
        assertEquals(10, codes.size());
        Browser.clickAndWait(driver, By.id("continue"));
        assertTrue(driver.getCurrentUrl().endsWith("/conseiller/messagerie"), driver.getCurrentUrl());

        driver.manage().deleteAllCookies();
        staffPassword(adviser);
        assertTrue(driver.getCurrentUrl().endsWith("/conseiller-verification"), driver.getCurrentUrl());
        Browser.assertAccessible(driver);
        Browser.clickAndWait(driver, By.id("use-recovery"));
        Browser.assertAccessible(driver);
        Browser.type(driver, "recovery:code", codes.get(0));
        Browser.clickAndWait(driver, By.id("recovery:submit"));
        assertTrue(driver.getCurrentUrl().endsWith("/conseiller/messagerie"), driver.getCurrentUrl());
    }

    @Test
    void anInsuredPersonLogsInWithTheApplicationRenewsCodesAndRemovesIt() {
        People.Person person = People.fresh(true);
        Site site = newSite();
        String secret = Authenticators.openWithApplication(site, person, CODE);

        site.advanceClock(Totp.PERIOD_SECONDS);
        driver.get(base.toString());
        Browser.type(driver, "login:nir", person.nir15());
        Browser.type(driver, "login:code", CODE);
        Browser.clickAndWait(driver, By.id("login:submit"));
        assertTrue(driver.getCurrentUrl().endsWith("/verification"), driver.getCurrentUrl());
        Browser.assertAccessible(driver);
        Browser.clickAndWait(driver, By.id("use-recovery"));
        Browser.assertAccessible(driver);
        Browser.clickAndWait(driver, By.id("use-totp"));
        Browser.type(driver, "totp:code", Authenticators.code(secret, site));
        Browser.clickAndWait(driver, By.id("totp:submit"));
        assertTrue(driver.getCurrentUrl().endsWith("/espace/accueil"), driver.getCurrentUrl());

        driver.get(base + "espace/securite");
        Browser.assertAccessible(driver);
        site.advanceClock(Totp.PERIOD_SECONDS);
        Browser.type(driver, "recoveryCodes:secret", CODE);
        Browser.type(driver, "recoveryCodes:proof", Authenticators.code(secret, site));
        Browser.clickAndWait(driver, By.id("recoveryCodes:submit"));
        assertEquals(10, driver.findElements(By.cssSelector(".recovery-codes code")).size(), Browser.mainText(driver));
        Browser.assertAccessible(driver);

        driver.get(base + "espace/informations");
        Browser.assertAccessible(driver);

        driver.get(base + "espace/securite");
        site.advanceClock(Totp.PERIOD_SECONDS);
        Browser.type(driver, "removeTotp:secret", CODE);
        Browser.type(driver, "removeTotp:proof", Authenticators.code(secret, site));
        Browser.clickAndWait(driver, By.id("removeTotp:submit"));
        assertTrue(Browser.mainText(driver).contains("Votre application d'authentification est retirée"),
                Browser.mainText(driver));
        Browser.assertAccessible(driver);

        Browser.clickAndWait(driver, By.id("add-totp"));
        assertTrue(driver.getCurrentUrl().endsWith("/espace/authentificateur"), driver.getCurrentUrl());
        Browser.assertAccessible(driver);
        Browser.type(driver, "enrol:code", "abcdef");
        Browser.type(driver, "enrol:secret", CODE);
        Browser.clickAndWait(driver, By.id("enrol:submit"));
        assertTrue(Browser.mainText(driver).contains("compte 6 chiffres"), Browser.mainText(driver));
        Browser.assertAccessible(driver);
    }

    private void staffPassword(String username) {
        driver.get(base + "conseiller");
        Browser.type(driver, "staff:username", username);
        Browser.type(driver, "staff:password", PASSWORD);
        Browser.clickAndWait(driver, By.id("staff:submit"));
    }
}
