package org.compteassure.it.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.compteassure.it.support.Accounts;
import org.compteassure.it.support.Browser;
import org.compteassure.it.support.StaffLogin;
import org.compteassure.it.support.BrowserTest;
import org.compteassure.it.support.People;
import org.compteassure.it.support.Site;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * In Chromium: an insured person writes with an attachment, an adviser takes the thread and answers, the person
 * reads the answer and sees the adviser's consultations; axe-core on every page of both sides.
 */
class MessagingJourneyIT extends BrowserTest {

    private static final String CODE = "Parcours-Messagerie-2026!";

    @Test
    void theInsuredWritesWithAFileTheAdviserAnswersThePersonReadsIt() throws Exception {
        People.Person person = People.fresh(false);
        Site support = newSite();
        Accounts.openWithoutEmail(support, person, CODE);
        String adviser = "conseil-parcours-" + System.nanoTime() % 100_000;
        String admin = "admin-parcours-" + System.nanoTime() % 100_000;
        support.support("staff", Map.of("username", adviser, "password", "Conseil-Parcours-2026!", "role", "adviser",
                "displayName", "Claire Parcours"));
        support.support("staff", Map.of("username", admin, "password", "Admin-Parcours-2026!", "role", "admin"));
        Path pdf = Files.createTempFile("justificatif", ".pdf");
        Files.write(pdf, MessagingIT.PDF);
        String question = "Bonjour, mon remboursement du 3 novembre n'apparaît pas. <merci> « שלום »";
        String answer = "Bonjour " + person.givenNames() + ", il a été versé le 20 novembre.";

        insuredLogIn(person);
        driver.get(base + "espace/messagerie");
        Browser.assertAccessible(driver);
        Browser.clickAndWait(driver, By.linkText("Écrire un message"));
        Browser.assertAccessible(driver);
        Browser.clickAndWait(driver, By.id("write:submit"));
        assertTrue(Browser.mainText(driver).contains("Choisissez l'objet de votre message dans la liste."));
        Browser.assertAccessible(driver);
        new Select(driver.findElement(By.id("write:subject"))).selectByVisibleText("Mes remboursements");
        Browser.type(driver, "write:text", question);
        driver.findElement(By.id("write:files")).sendKeys(pdf.toString());
        Browser.clickAndWait(driver, By.id("write:submit"));
        assertTrue(Browser.mainText(driver).contains("Votre message est envoyé"), Browser.mainText(driver));
        assertTrue(Browser.mainText(driver).contains(question));
        assertTrue(Browser.mainText(driver).contains(pdf.getFileName().toString()));
        Browser.assertAccessible(driver);
        Browser.clickAndWait(driver, By.id("logout:submit"));

        staffLogIn(adviser, "Conseil-Parcours-2026!");
        driver.get(base + "conseiller/messagerie");
        Browser.assertAccessible(driver);
        Browser.clickAndWait(driver, By.partialLinkText("Mes remboursements ("));
        assertTrue(driver.getCurrentUrl().endsWith("?objet=REIMBURSEMENTS"));
        assertTrue(driver.findElements(By.xpath("//tbody//a[not(text()='Mes remboursements')]")).isEmpty(),
                "only this subject's threads");
        Browser.assertAccessible(driver);
        Browser.clickAndWait(driver, By.xpath("//tr[td[contains(., '" + person.givenNames() + "')]]//a"));
        assertTrue(Browser.mainText(driver).contains(question));
        Browser.assertAccessible(driver);
        Browser.clickAndWait(driver, By.id("take:submit"));
        assertTrue(Browser.mainText(driver).contains("Vous avez pris en charge cet échange."));
        Browser.assertAccessible(driver);
        Browser.type(driver, "note:text", "Vérifié dans le dossier");
        Browser.clickAndWait(driver, By.id("note:submit"));
        Browser.type(driver, "reply:text", answer);
        Browser.clickAndWait(driver, By.id("reply:submit"));
        assertTrue(Browser.mainText(driver).contains("Votre réponse est envoyée"));
        Browser.assertAccessible(driver);
        Browser.clickAndWait(driver, By.linkText("Dossier de l'assuré"));
        String file = Browser.mainText(driver);
        assertTrue(file.contains(person.givenNames()), file);
        assertTrue(file.contains("4 RUE DES TESTS, 75014 PARIS, FRANCE"), "the address on one line: " + file);
        assertTrue(file.contains("État du compte : Actif"), file);
        Browser.assertAccessible(driver);
        driver.get(base + "conseiller/assures");
        Browser.assertAccessible(driver);
        Browser.type(driver, "search:nir", person.nir15());
        Browser.clickAndWait(driver, By.id("search:submit"));
        assertTrue(Browser.mainText(driver).contains(person.givenNames() + " TESTEUR"), Browser.mainText(driver));
        Browser.assertAccessible(driver);
        Browser.clickAndWait(driver, By.id("logout:submit"));

        staffLogIn(admin, "Admin-Parcours-2026!");
        driver.get(base + "admin/messagerie");
        assertTrue(Browser.mainText(driver).contains("Mes remboursements"));
        Browser.assertAccessible(driver);
        Browser.clickAndWait(driver, By.id("logout:submit"));

        insuredLogIn(person);
        String count = driver.findElement(By.cssSelector(".main-nav .nav-count")).getText();
        assertTrue(count.matches("1\\s+réponse non lue"), "one unread reply counted in the navigation: " + count);
        driver.get(base + "espace/messagerie");
        assertTrue(Browser.mainText(driver).contains("Nouvelle réponse"));
        Browser.assertAccessible(driver);
        Browser.clickAndWait(driver, By.linkText("Mes remboursements"));
        String thread = Browser.mainText(driver);
        assertTrue(thread.contains(answer) && thread.contains("Claire Parcours, votre caisse"), thread);
        assertTrue(!thread.contains("Vérifié dans le dossier"), "the internal note stays internal");
        Browser.assertAccessible(driver);
        driver.get(base + "espace/securite");
        String security = Browser.mainText(driver);
        assertTrue(security.contains("Consultations de mon dossier") && security.contains("Consultation de votre dossier")
                && security.contains("Réponse à un échange") && security.contains("Claire Parcours")
                && security.contains("Lecture d'un échange : « Mes remboursements »"), security);
        assertFalse(security.contains(adviser), "never the adviser's username: " + security);
        Browser.assertAccessible(driver);
        driver.get(base + "espace/messagerie");
        assertEquals(0, driver.findElements(By.cssSelector(".main-nav .badge")).size(), "read: no count any more");
        Files.delete(pdf);
    }

    private void insuredLogIn(People.Person person) {
        driver.get(base.toString());
        Browser.type(driver, "login:nir", person.nir15());
        Browser.type(driver, "login:code", CODE);
        Browser.clickAndWait(driver, By.id("login:submit"));
        assertTrue(driver.getCurrentUrl().endsWith("/espace/accueil"), driver.getCurrentUrl());
    }

    private void staffLogIn(String username, String password) {
        StaffLogin.in(driver, base.toString(), username, password);
    }
}
