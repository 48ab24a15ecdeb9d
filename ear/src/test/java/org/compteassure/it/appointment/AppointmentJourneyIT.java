package org.compteassure.it.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.compteassure.it.support.Accounts;
import org.compteassure.it.support.Browser;
import org.compteassure.it.support.BrowserTest;
import org.compteassure.it.support.Mailbox;
import org.compteassure.it.support.People;
import org.compteassure.it.support.Site;
import org.compteassure.it.support.StaffLogin;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * « Prendre rendez-vous » in Chromium: an adviser publishes slots (a wrong time refused next to its field), a person
 * books one (an emoji in the note refused next to it, nothing stored), gets the confirmation mail, sees and cancels
 * the appointment; the notice preferences refuse « par courriel » without the consent, then save it. axe-core on
 * every new page and form at 1280 and 360 px.
 */
class AppointmentJourneyIT extends BrowserTest {

    private static final String CODE = "Rendez-Vous-Lavande-42";
    private static final String PASSWORD = "Conseil-Agenda-2026!";
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private void accessibleAtBothWidths() {
        Browser.assertAccessibleAtBothWidths(driver);
    }

    private String error(String id) {
        return driver.findElement(By.id(id + "-error")).getText();
    }

    @Test
    void anAdviserPublishesSlotsAndAPersonBooksThenCancelsOne() {
        Site site = newSite();
        String adviser = "agenda-" + System.nanoTime() % 100_000_000;
        site.support("staff", Map.of("username", adviser, "password", PASSWORD, "role", "adviser"));
        StaffLogin.in(driver, base.toString(), adviser, PASSWORD);
        driver.get(base + "conseiller/rendez-vous");
        assertEquals("Rendez-vous", driver.findElement(By.tagName("h1")).getText());
        accessibleAtBothWidths();

        String day = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(2).format(TYPED);
        driver.findElement(By.id("publish:publishKind:0")).click();
        Browser.type(driver, "publish:publishDay", day);
        Browser.type(driver, "publish:from", "11:00");
        Browser.type(driver, "publish:to", "10:00");
        Browser.clickAndWait(driver, By.id("publish:submit"));
        assertTrue(error("from").contains("heure de début avant l'heure de fin"), error("from"));
        accessibleAtBothWidths();
        Browser.type(driver, "publish:to", "12:00");
        Browser.clickAndWait(driver, By.id("publish:submit"));
        assertTrue(Browser.mainText(driver).contains("Créneaux publiés : 2."), Browser.mainText(driver));
        Browser.clickAndWait(driver, By.id("logout:submit"));

        People.Person person = People.fresh(true);
        int mails = Accounts.openByEmail(site, person, CODE);
        Accounts.loginInBrowser(driver, base.toString(), person, CODE, ++mails);
        Browser.clickAndWait(driver, By.linkText("Rendez-vous"));
        assertEquals("Prendre rendez-vous", driver.findElement(By.tagName("h1")).getText());
        assertTrue(driver.findElement(By.id("none")).isDisplayed());
        accessibleAtBothWidths();

        driver.findElement(By.id("kind:kind:0")).click();
        Browser.clickAndWait(driver, By.id("kind:submit"));
        assertTrue(driver.findElement(By.id("book:slot:0")).isDisplayed(), "free slots are offered");
        accessibleAtBothWidths();
        driver.findElement(By.id("book:slot:0")).click();
        driver.findElement(By.id("book:reason:0")).click();
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]",
                driver.findElement(By.id("book:note")), "Merci 😀");
        Browser.clickAndWait(driver, By.id("book:submit"));
        assertTrue(error("note").contains("caractères qui ne sont pas acceptés"), error("note"));
        assertTrue(driver.findElements(By.id("appointments")).isEmpty(), "nothing booked");
        accessibleAtBothWidths();

        Browser.type(driver, "book:note", "Une question sur un remboursement de juin.");
        driver.findElement(By.id("book:slot:0")).click();
        Browser.clickAndWait(driver, By.id("book:submit"));
        String booked = Browser.mainText(driver);
        assertTrue(booked.contains("Votre rendez-vous est confirmé"), booked);
        assertTrue(booked.contains("À venir"), booked);
        assertTrue(booked.contains("Mes remboursements"), "the reason in words: " + booked);
        assertFalse(booked.contains("???"), booked);
        assertTrue(Mailbox.awaitMail(person.email(), ++mails).subject().startsWith("Votre rendez-vous du "));
        accessibleAtBothWidths();

        Browser.clickAndWait(driver, By.cssSelector("li[id^='appointment-'] input[type='submit']"));
        String cancelled = Browser.mainText(driver);
        assertTrue(cancelled.contains("Votre rendez-vous est annulé"), cancelled);
        assertTrue(cancelled.contains("Annulé"), cancelled);

        driver.get(base + "espace/informations");
        driver.findElement(By.id("notices:PAYMENT:0")).click();
        Browser.clickAndWait(driver, By.id("notices:submit"));
        assertTrue(error("paperless").contains("cochez cette case"), error("paperless"));
        accessibleAtBothWidths();
        driver.findElement(By.id("notices:paperless")).click();
        Browser.clickAndWait(driver, By.id("notices:submit"));
        String saved = Browser.mainText(driver);
        assertTrue(saved.contains("Vos choix pour recevoir vos avis sont enregistrés"), saved);
        assertTrue(saved.contains("Accord donné le"), saved);
        assertFalse(driver.findElement(By.id("notices:paperless")).getAttribute("checked") == null);
        accessibleAtBothWidths();
    }
}
