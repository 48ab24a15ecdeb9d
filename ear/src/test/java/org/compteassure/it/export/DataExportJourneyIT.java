package org.compteassure.it.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.compteassure.it.support.Accounts;
import org.compteassure.it.support.Browser;
import org.compteassure.it.support.BrowserTest;
import org.compteassure.it.support.Mailbox;
import org.compteassure.it.support.People;
import org.compteassure.it.support.Site;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * « Télécharger mes données » in Chromium: from « Mes informations » to the page, the request, the progress until
 * the file is ready (the page refreshes itself), the mail that says so, a wrong code refused next to its field, a
 * forged export id answered 404; axe-core at 1280 and 360 px on each state of the page.
 */
class DataExportJourneyIT extends BrowserTest {

    private static final String CODE = "Export-Chemin-Lavande-42";

    private String error(String id) {
        return driver.findElement(By.id(id + "-error")).getText();
    }

    @Test
    void aPersonAsksForTheirDataFollowsItAndIsAskedTheirCodeAgain() {
        Site site = newSite();
        People.Person person = People.fresh(true);
        int mails = Accounts.openByEmail(site, person, CODE);
        Accounts.loginInBrowser(driver, base.toString(), person, CODE, ++mails);
        driver.get(base + "espace/informations");
        Browser.clickAndWait(driver, By.linkText("Télécharger mes données"));
        assertEquals("Télécharger mes données", driver.findElement(By.tagName("h1")).getText());
        assertTrue(Browser.mainText(driver).contains("vos paiements et remboursements"), Browser.mainText(driver));
        Browser.assertAccessibleAtBothWidths(driver);

        Browser.clickAndWait(driver, By.id("request:submit"));
        String asked = Browser.mainText(driver);
        assertTrue(asked.contains("Votre demande est enregistrée"), asked);
        assertTrue(asked.contains("Préparation en cours") || asked.contains("Votre fichier est prêt"), asked);
        Browser.assertAccessibleAtBothWidths(driver);

        // The status region refreshes itself (imports.js) until the file is ready.
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.id("download:secret")).isEmpty());
        String ready = Browser.mainText(driver);
        assertTrue(ready.contains("Votre fichier est prêt") && ready.contains("Disponible jusqu'au"), ready);
        assertTrue(driver.findElement(By.id("download:submit")).getAttribute("value")
                .matches("Télécharger mes données \\(ZIP, \\d+ ko\\)"), "format and size on the button");
        assertEquals("Vos données sont prêtes à télécharger", Mailbox.awaitMail(person.email(), ++mails).subject());
        driver.navigate().refresh();
        Browser.assertAccessibleAtBothWidths(driver);

        Browser.type(driver, "download:secret", "Pas-Le-Bon-Code-42");
        Browser.clickAndWait(driver, By.id("download:submit"));
        assertTrue(error("secret").contains("Ce code secret n'est pas le bon"), error("secret"));
        Browser.assertAccessibleAtBothWidths(driver);

        ((JavascriptExecutor) driver).executeScript(
                "document.querySelector('#download input[name=export]').value = 'AAAAAAAAAAAAAAAAAAAAAAAA'");
        Browser.type(driver, "download:secret", CODE);
        Browser.clickAndWait(driver, By.id("download:submit"));
        assertEquals("Page introuvable", driver.findElement(By.tagName("h1")).getText(), "a forged id: 404");
    }
}
