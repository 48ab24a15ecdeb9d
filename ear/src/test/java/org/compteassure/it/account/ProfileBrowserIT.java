package org.compteassure.it.account;

import org.compteassure.service.platform.ClockProducer;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.compteassure.it.support.Accounts;
import org.compteassure.it.support.Browser;
import org.compteassure.it.support.BrowserTest;
import org.compteassure.it.support.Mailbox;
import org.compteassure.it.support.People;
import org.compteassure.it.support.People.Person;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;

/** "Mes informations" in Chromium, each form with a mistake then right, axe-core on every page on the way. */
class ProfileBrowserIT extends BrowserTest {

    private static final String CODE = "Brume-Ocre-Tulipe-77";

    @Test
    void aPersonUpdatesTheirDetailsReportsTheirCardAndReadsTheHistory() {
        Person person = People.fresh(true);
        Accounts.openByEmail(newSite(), person, CODE);
        driver.get(base.toString());
        Browser.assertAccessible(driver);
        Browser.type(driver, "login:nir", person.nir13());
        Browser.type(driver, "login:code", CODE);
        Browser.clickAndWait(driver, By.id("login:submit"));
        Browser.type(driver, "verification:code", Accounts.loginCodeIn(Mailbox.awaitMail(person.email(), 3)));
        Browser.clickAndWait(driver, By.id("verification:submit"));
        Browser.clickAndWait(driver, By.linkText("Mes informations"));
        assertTrue(Browser.mainText(driver).contains("Mon identité"), Browser.mainText(driver));
        Browser.assertAccessible(driver);

        Browser.type(driver, "contact:line1", "12 rue de l’Église");
        Browser.type(driver, "contact:postcode", "B-1000");
        Browser.type(driver, "contact:city", "Ajaccio");
        Browser.type(driver, "contact:phone", "06 12 34");
        Browser.clickAndWait(driver, By.id("contact:submit"));
        String errors = Browser.mainText(driver);
        assertTrue(errors.contains("2 erreurs empêchent l'envoi"), errors);
        assertTrue(errors.contains("Un code postal français compte 5 chiffres"), errors);
        Browser.assertAccessible(driver);

        Browser.type(driver, "contact:postcode", "20000");
        Browser.type(driver, "contact:phone", "06 12 34 56 78");
        Browser.clickAndWait(driver, By.id("contact:submit"));
        assertTrue(Browser.mainText(driver).contains("Vos coordonnées sont enregistrées"), Browser.mainText(driver));
        assertTrue(Browser.mainText(driver).contains("12 rue de l’Église, 20000 AJACCIO, FRANCE"), Browser.mainText(driver));
        Browser.assertAccessible(driver);

        new Select(driver.findElement(By.id("contact:country"))).selectByVisibleText("BELGIQUE");
        Browser.type(driver, "contact:line1", "Rue Neuve 1");
        Browser.type(driver, "contact:postcode", "1000");
        Browser.type(driver, "contact:city", "Bruxelles");
        Browser.clickAndWait(driver, By.id("contact:submit"));
        assertTrue(Browser.mainText(driver).contains("Rue Neuve 1, 1000 BRUXELLES, BELGIQUE"), Browser.mainText(driver));

        String newEmail = Mailbox.freshAddress("navigateur");
        Browser.type(driver, "email:newEmail", newEmail);
        Browser.type(driver, "email:secret", CODE);
        Browser.clickAndWait(driver, By.id("email:submit"));
        assertTrue(Browser.mainText(driver).contains("Un lien de confirmation vient d'être envoyé"), Browser.mainText(driver));
        Browser.assertAccessible(driver);

        Browser.type(driver, "bank:iban", "FR76 3000 6000 0112 3456 7890 189");
        Browser.type(driver, "bank:holder", "Camille Testeur");
        Browser.type(driver, "bank:code", "Pas-Le-Bon-Code-1");
        Browser.clickAndWait(driver, By.id("bank:submit"));
        assertTrue(Browser.mainText(driver).contains("Ce code secret n'est pas le bon"), Browser.mainText(driver));
        Browser.assertAccessible(driver);
        Browser.type(driver, "bank:code", CODE);
        Browser.clickAndWait(driver, By.id("bank:submit"));
        assertTrue(Browser.mainText(driver).contains("Vos coordonnées bancaires sont enregistrées"), Browser.mainText(driver));

        driver.findElement(By.cssSelector("label[for='vitale:kind:0']")).click();
        Browser.type(driver, "vitale:date", LocalDate.now(ClockProducer.ZONE).minusDays(2).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        Browser.type(driver, "vitale:circumstances", "Perdue au marché");
        Browser.clickAndWait(driver, By.id("vitale:submit"));
        assertTrue(Browser.mainText(driver).contains("Votre déclaration est enregistrée sous la référence CV"),
                Browser.mainText(driver));
        assertTrue(Browser.mainText(driver).contains("téléchargez votre attestation de droits"));
        assertTrue(Browser.mainText(driver).contains("Historique des modifications"));
        Browser.assertAccessible(driver);

        driver.manage().window().setSize(new Dimension(360, 800));
        driver.navigate().refresh();
        Browser.assertAccessible(driver);
        Browser.clickAndWait(driver, By.linkText("English"));
        assertTrue(Browser.mainText(driver).contains("History of changes"), Browser.mainText(driver));
        Browser.assertAccessible(driver);
    }
}
