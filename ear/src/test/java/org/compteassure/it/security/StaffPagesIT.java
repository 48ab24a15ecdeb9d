package org.compteassure.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.compteassure.it.support.Browser;
import org.compteassure.it.support.BrowserTest;
import org.compteassure.it.support.Site;
import org.compteassure.it.support.StaffLogin;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The staff's new pages in Chromium, axe-core on each: an administrator resets a colleague's password, who is then
 * kept on "Changer mon mot de passe" (errors shown under the fields) until they choose one, then sees their sessions.
 */
class StaffPagesIT extends BrowserTest {

    @Test
    void aResetColleagueChoosesANewPasswordThenSeesTheirSessions() {
        String adviser = "pages-" + System.nanoTime() % 100_000_000;
        new Site(base.toString()).support("staff", Map.of("username", adviser, "password", "Brume-Ocre-Tulipe-77",
                "role", "adviser"));

        logIn("premier-admin", "Premier-Admin-2026!");
        Browser.clickAndWait(driver, By.cssSelector("input[title='Réinitialiser le mot de passe : " + adviser + "']"));
        String temporary = driver.findElement(By.id("issued-password")).getText();
        assertEquals(24, temporary.length());
        Browser.assertAccessible(driver);
        Browser.clickAndWait(driver, By.cssSelector("a[href$='/conseiller/sessions']"));
        assertTrue(Browser.mainText(driver).contains("Cette session"), Browser.mainText(driver));
        Browser.assertAccessible(driver);
        Browser.clickAndWait(driver, By.id("logout:submit"));
        Browser.assertAccessible(driver);

        logIn(adviser, temporary);
        assertTrue(driver.getCurrentUrl().endsWith("/conseiller/mot-de-passe"), driver.getCurrentUrl());
        assertTrue(Browser.mainText(driver).contains("Un administrateur a réinitialisé votre mot de passe"));
        Browser.assertAccessible(driver);
        Browser.type(driver, "change:current", temporary);
        Browser.type(driver, "change:password", "court");
        Browser.type(driver, "change:confirmation", "court");
        Browser.clickAndWait(driver, By.id("change:submit"));
        assertTrue(driver.findElement(By.id("password-error")).getText()
                .contains("Règle non respectée : Entre 12 et 64 caractères"), Browser.mainText(driver));
        Browser.assertAccessible(driver);

        Browser.type(driver, "change:current", temporary);
        Browser.type(driver, "change:password", "Lanterne-Argile-Orge-58");
        Browser.type(driver, "change:confirmation", "Lanterne-Argile-Orge-58");
        Browser.clickAndWait(driver, By.id("change:submit"));
        assertTrue(driver.getCurrentUrl().endsWith("/conseiller/messagerie"), driver.getCurrentUrl());
        assertTrue(Browser.mainText(driver).contains("Votre mot de passe est changé"));
        Browser.clickAndWait(driver, By.cssSelector("a[href$='/conseiller/sessions']"));
        assertTrue(Browser.mainText(driver).contains("Cette session"));
        Browser.assertAccessible(driver);
        Browser.clickAndWait(driver, By.cssSelector("a[href$='/conseiller/mot-de-passe']"));
        Browser.assertAccessible(driver);
    }

    private void logIn(String username, String password) {
        StaffLogin.in(driver, base.toString(), username, password);
    }
}
