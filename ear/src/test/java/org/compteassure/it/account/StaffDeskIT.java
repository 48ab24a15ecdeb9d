package org.compteassure.it.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.compteassure.it.support.Accounts;
import org.compteassure.it.support.StaffLogin;
import org.compteassure.it.support.Browser;
import org.compteassure.it.support.BrowserTest;
import org.compteassure.it.support.People;
import org.compteassure.it.support.Site;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Staff accounts in Chromium: the first administrator from the environment, creating and disabling an adviser at
 * /admin/personnel, the adviser's letters page, and who may open what.
 */
class StaffDeskIT extends BrowserTest {

    @Test
    void theFirstAdministratorCreatesAnAdviserWhoLogsInThenIsDisabled() {
        String adviser = "conseil-" + System.nanoTime() % 1_000_000;
        logIn("premier-admin", "Premier-Admin-2026!");
        assertTrue(driver.getCurrentUrl().endsWith("/admin/personnel"), driver.getCurrentUrl());
        Browser.assertAccessible(driver);

        Browser.type(driver, "create:username", adviser);
        Browser.type(driver, "create:displayName", "Camille Conseil");
        Browser.type(driver, "create:password", "court");
        Browser.clickAndWait(driver, By.id("create:submit"));
        assertTrue(Browser.mainText(driver).contains("Le mot de passe compte 12 à 128 caractères"), Browser.mainText(driver));
        Browser.assertAccessible(driver);
        Browser.type(driver, "create:password", "Conseil-Neuf-2026!");
        Browser.clickAndWait(driver, By.id("create:submit"));
        assertTrue(Browser.mainText(driver).contains("Le compte " + adviser + " est créé"), Browser.mainText(driver));
        Browser.clickAndWait(driver, By.id("logout:submit"));

        logIn(adviser, "Conseil-Neuf-2026!");
        assertTrue(driver.getCurrentUrl().endsWith("/conseiller/mot-de-passe"),
                "the password an administrator handed over is replaced first: " + driver.getCurrentUrl());
        Browser.type(driver, "change:current", "Conseil-Neuf-2026!");
        Browser.type(driver, "change:password", "Brise-Lagune-Orme-2027");
        Browser.type(driver, "change:confirmation", "Brise-Lagune-Orme-2027");
        Browser.clickAndWait(driver, By.id("change:submit"));
        driver.get(base + "conseiller/messagerie");
        assertTrue(driver.getCurrentUrl().endsWith("/conseiller/messagerie"), "an adviser lands on the inbox: " + driver.getCurrentUrl());
        Browser.assertAccessible(driver);
        driver.get(base + "admin/personnel");
        assertEquals("Accès refusé", driver.findElement(By.tagName("h1")).getText(), "an adviser is no administrator");
        Browser.assertAccessible(driver);
        driver.get(base + "espace/accueil");
        assertTrue(driver.findElement(By.tagName("h1")).getText().contains("Accès refusé"), "nor an insured person");
        driver.get(base.toString());
        Browser.clickAndWait(driver, By.id("logout:submit"));

        logIn("premier-admin", "Premier-Admin-2026!");
        Browser.clickAndWait(driver, By.xpath("//tr[td[text()='" + adviser + "']]//input[@type='submit']"));
        assertTrue(Browser.mainText(driver).contains("Le compte est désactivé"));
        Browser.clickAndWait(driver, By.id("logout:submit"));
        driver.get(base + "conseiller");
        Browser.type(driver, "staff:username", adviser);
        Browser.type(driver, "staff:password", "Brise-Lagune-Orme-2027");
        Browser.clickAndWait(driver, By.id("staff:submit"));
        assertTrue(Browser.mainText(driver).contains("Identifiant ou mot de passe incorrect"), "disabled");
        Browser.assertAccessible(driver);
    }

    @Test
    void protectedPagesSendVisitorsToTheRightLoginPage() {
        Site visitor = newSite();
        assertTrue(visitor.get("/conseiller/courriers").uri().getPath().equals("/conseiller"));
        assertTrue(visitor.get("/admin/personnel").uri().getPath().equals("/conseiller"));
        assertEquals("/", visitor.get("/espace/securite").uri().getPath());
        driver.get(base + "conseiller");
        Browser.assertAccessible(driver);
        driver.get(base + "accessibilite");
        Browser.assertAccessible(driver);
        driver.get(base + "nulle-part");
        Browser.assertAccessible(driver);
    }

    @Test
    void aStaffLoginInABrowserWhereSomeoneIsLoggedInReplacesThem() {
        People.Person person = People.fresh(false);
        Site site = newSite();
        Accounts.openWithoutEmail(site, person, "Guichet-Lavande-42");
        assertTrue(Accounts.login(site, person.nir13(), "Guichet-Lavande-42").uri().getPath().endsWith("/espace/accueil"));
        String adviser = "guichet-" + System.nanoTime() % 1_000_000;
        site.support("staff", Map.of("username", adviser, "password", "Guichet-Conseil-2026!", "role", "adviser"));

        HttpResponse<String> desk = StaffLogin.over(site, adviser, "Guichet-Conseil-2026!");
        assertEquals(200, desk.statusCode(), Site.text(desk));
        assertTrue(desk.uri().getPath().endsWith("/conseiller/messagerie"), desk.uri().toString());
        assertEquals(403, site.get("/espace/accueil").statusCode(), "the insured person is logged out here");
    }

    private void logIn(String username, String password) {
        StaffLogin.in(driver, base.toString(), username, password);
    }
}
