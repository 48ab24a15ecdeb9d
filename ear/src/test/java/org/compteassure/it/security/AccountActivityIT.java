package org.compteassure.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.compteassure.it.support.Accounts;
import org.compteassure.it.support.Browser;
import org.compteassure.it.support.BrowserTest;
import org.compteassure.it.support.Mailbox;
import org.compteassure.it.support.People;
import org.compteassure.it.support.People.Person;
import org.compteassure.it.support.Site;
import org.compteassure.it.support.StaffLogin;
import org.compteassure.service.notification.DevMailbox.ReceivedMail;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * "Activité de mon compte": what it lists, "Ce n'était pas moi", and the e-mail after a sign-in from a browser never
 * seen on the account.
 */
class AccountActivityIT extends BrowserTest {

    private static final String CODE = "Brume-Ocre-Tulipe-77";
    private static final String NEW_CODE = "Falaise-Indigo-Mouette-31";
    private static final String ADVISER_PASSWORD = "Conseil-Test-2026!";

    @Test
    void theActivityListsTheSignInsTheCodeChangeAndTheBankDetailsChange() {
        Person person = People.fresh(true);
        Site site = newSite();
        int mails = Accounts.openByEmail(site, person, CODE);
        HttpResponse<String> bank = site.submit("/espace/informations", "bank",
                Map.of("iban", "FR7630006000011234567890189", "holder", "Camille Testeur", "code", CODE));
        assertTrue(Site.text(bank).contains("Vos coordonnées bancaires sont enregistrées"), Site.text(bank));
        mails++; // the bank-details notice
        site.submit("/code-oublie", "newCode", Map.of("nir", person.nir13(), "birthDate", person.birthDateTyped(),
                "channel", "EMAIL"));
        String link = Accounts.linkIn(Mailbox.awaitMail(person.email(), ++mails));
        Accounts.chooseCode(site, link, NEW_CODE);
        mails++; // the code-changed notice

        signInInBrowser(person, NEW_CODE, ++mails);
        driver.get(base + "espace/securite");
        Browser.clickAndWait(driver, By.id("activity-link"));
        assertTrue(driver.getCurrentUrl().endsWith("/espace/activite"), driver.getCurrentUrl());
        String page = Browser.mainText(driver);
        assertTrue(page.contains("Activité de mon compte"), page);
        assertTrue(page.contains("Connexion"), page);
        assertTrue(page.contains("Appareil : Chrome (sans interface) (Linux)"), "the device, as BrowserLabel names it: "
                + page);
        assertTrue(page.matches("(?s).*Réseau : \\S+/(24|48) \\(réseau local ou privé\\).*"), "the network, honestly: " + page);
        assertTrue(page.contains("nous n'utilisons pas de base de géolocalisation"), page);
        assertTrue(page.contains("Code secret choisi (après « J'ai oublié mon code »)"), page);
        assertTrue(page.contains("Code secret choisi (création du compte)"), page);
        assertTrue(page.contains("Coordonnées bancaires modifiées"), page);
        assertTrue(page.indexOf("Connexion") < page.indexOf("Coordonnées bancaires modifiées"), "most recent first");
        Browser.assertAccessible(driver);
    }

    @Test
    void itWasNotMeEndsEverySessionForgetsTheDevicesBlocksUntilANewCodeAndTellsAnAdviser() {
        Person person = People.fresh(true);
        Site site = newSite();
        int mails = Accounts.openByEmail(site, person, CODE);
        Site phone = newSite();
        Accounts.login(phone, person.nir13(), CODE);
        HttpResponse<String> trusted = phone.submit("/verification", "verification", Map.of("code",
                Accounts.loginCodeIn(Mailbox.awaitMail(person.email(), ++mails)), "trust", "on"));
        assertTrue(trusted.uri().getPath().endsWith("/espace/accueil"), trusted.uri().toString());

        signInInBrowser(person, CODE, ++mails);
        driver.get(base + "espace/activite");
        Browser.assertAccessible(driver);
        Browser.clickAndWait(driver, By.id("notMe:submit"));
        assertTrue(driver.getCurrentUrl().endsWith("/?info=signale"), driver.getCurrentUrl());
        assertTrue(Browser.mainText(driver).contains("Nous avons fermé toutes vos sessions et bloqué votre compte"),
                Browser.mainText(driver));
        Browser.assertAccessible(driver);

        assertTrue(site.get("/espace/accueil").uri().toString().endsWith("/?info=fermee"), "the other sessions end");
        assertTrue(phone.get("/espace/accueil").uri().toString().endsWith("/?info=fermee"));
        assertTrue(Site.text(Accounts.login(phone, person.nir13(), CODE)).contains("Ce compte est temporairement bloqué"),
                "blocked: even the right code on a trusted device is refused, with the locked page");

        String adviser = "signalement-" + person.nir13();
        site.support("staff", Map.of("username", adviser, "password", ADVISER_PASSWORD, "role", "adviser"));
        Site desk = newSite();
        HttpResponse<String> inbox = StaffLogin.over(desk, adviser, ADVISER_PASSWORD);
        assertTrue(inbox.uri().getPath().endsWith("/conseiller/messagerie"), inbox.uri().toString());
        String waiting = Site.text(inbox);
        assertTrue(waiting.contains("Mon compte et mon code") && waiting.contains(person.givenNames()),
                "a thread waits for an adviser: " + waiting);

        site.submit("/code-oublie", "newCode", Map.of("nir", person.nir13(), "birthDate", person.birthDateTyped(),
                "channel", "EMAIL"));
        Accounts.chooseCode(newSite(), Accounts.linkIn(Mailbox.awaitMail(person.email(), ++mails)), NEW_CODE);
        mails++; // the code-changed notice
        HttpResponse<String> again = Accounts.login(phone, person.nir13(), NEW_CODE);
        assertTrue(again.uri().getPath().endsWith("/verification"),
                "the new code works, and the phone is no longer trusted: " + again.uri());
        assertTrue(Site.text(Accounts.login(newSite(), person.nir13(), CODE)).contains("code incorrect"),
                "the old code is dead");
    }

    @Test
    void aSignInFromABrowserNeverSeenIsMailedOnceAndAKnownBrowserIsNot() {
        Person person = People.fresh(true);
        int mails = Accounts.openByEmail(newSite(), person, CODE);

        signInInBrowser(person, CODE, ++mails);
        ReceivedMail notice = Mailbox.awaitSignInNotice(person.email(), 1);
        assertTrue(notice.text().contains("Chrome (sans interface) (Linux)"), notice.text());
        assertTrue(notice.text().contains("réseau "), notice.text());
        assertTrue(notice.text().contains("/espace/activite"), "the way to « Ce n'était pas moi »: " + notice.text());

        Browser.clickAndWait(driver, By.id("logout:submit"));
        signInInBrowser(person, CODE, ++mails);
        // A mail queued after the second sign-in: once it has arrived, a notice of that sign-in would have too.
        Accounts.login(newSite(), person.nir13(), CODE);
        Mailbox.awaitMail(person.email(), ++mails);
        assertEquals(1, Mailbox.signInNotices(person.email()), "the browser is known now: no second notice");
    }

    /** Number and code at "/", then the e-mailed code (the n-th mail to the person). */
    private void signInInBrowser(Person person, String code, int loginCodeMail) {
        driver.get(base.toString());
        Browser.type(driver, "login:nir", person.nir13());
        Browser.type(driver, "login:code", code);
        Browser.clickAndWait(driver, By.id("login:submit"));
        Browser.type(driver, "verification:code",
                Accounts.loginCodeIn(Mailbox.awaitMail(person.email(), loginCodeMail)));
        Browser.clickAndWait(driver, By.id("verification:submit"));
        assertTrue(driver.getCurrentUrl().endsWith("/espace/accueil"), driver.getCurrentUrl());
    }
}
