package org.compteassure.it.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.compteassure.it.support.Accounts;
import org.compteassure.it.support.Browser;
import org.compteassure.it.support.ClientTest;
import org.compteassure.it.support.Mailbox;
import org.compteassure.it.support.Management;
import org.compteassure.it.support.People;
import org.compteassure.it.support.People.Person;
import org.compteassure.it.support.Site;
import org.compteassure.service.notification.DevMailbox.ReceivedMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * What protects codes from guessing: the lockout (with the clock moved, never slept), the e-mail at the first lock,
 * the locked page (the same for a number without account), the block after 20 failures lifted only when a new code
 * is chosen, and the 429 page after 100 failures from one address.
 */
class LoginProtectionIT extends ClientTest {

    private static final String CODE = "Brume-Ocre-Tulipe-77";
    private static final String REJECTED = "Numéro de sécurité sociale ou code incorrect";
    private static final String LOCKED = "Ce compte est temporairement bloqué après plusieurs codes incorrects. "
            + "Un e-mail a été envoyé à son titulaire.";
    private static final String NEW_CODE = "Lichen-Marbre-Cobalt-31";

    private Site site;

    @BeforeEach
    void fresh() {
        site = newSite();
    }

    @Test
    void fiveFailuresLockForAMinuteTheOwnerIsToldAndTheLockEnds() {
        Person person = People.fresh(true);
        int mails = Accounts.openByEmail(site, person, CODE);
        for (int i = 1; i <= 4; i++) {
            assertTrue(Site.text(Accounts.login(site, person.nir13(), "Mauvais-Code-" + i)).contains(REJECTED));
        }
        assertTrue(Accounts.login(site, person.nir13(), CODE).uri().getPath().endsWith("/verification"),
                "4 failures do not lock, and a success resets the count");
        mails++;
        for (int i = 1; i <= 4; i++) {
            Accounts.login(site, person.nir13(), "Mauvais-Code-" + i);
        }
        assertTrue(Site.text(Accounts.login(site, person.nir13(), "Mauvais-Code-5")).contains(LOCKED),
                "the fifth failure says the account is locked");
        ReceivedMail notice = Mailbox.awaitMail(person.email(), ++mails);
        assertTrue(notice.subject().contains("bloqué"), notice.subject());
        assertTrue(notice.text().contains("J'ai oublié mon code"), notice.text());

        HttpResponse<String> whileLocked = Accounts.login(site, person.nir13(), CODE);
        assertEquals(200, whileLocked.statusCode());
        assertTrue(Site.text(whileLocked).contains(LOCKED), "locked: the right code gets the same answer");

        site.submit("/code-oublie", "newCode", Map.of("nir", person.nir13(), "birthDate", person.birthDateTyped(),
                "channel", "EMAIL"));
        Mailbox.awaitMail(person.email(), ++mails);
        assertTrue(Site.text(Accounts.login(site, person.nir13(), CODE)).contains(LOCKED),
                "asking for a new code does not lift the lock");

        site.advanceClock(61);
        assertTrue(Accounts.login(site, person.nir13(), CODE).uri().getPath().endsWith("/verification"),
                "after a minute the right code works again");
    }

    @Test
    void twentyFailuresBlockUntilTheOwnerChoosesANewCode() {
        Person person = People.fresh(true);
        int mails = Accounts.openByEmail(site, person, CODE);
        for (int i = 1; i <= 20; i++) {
            Accounts.login(site, person.nir13(), "Mauvais-Code-" + i);
            site.advanceClock(16 * 60);
        }
        mails++; // the notice of the first lock
        assertTrue(Site.text(Accounts.login(site, person.nir13(), CODE)).contains(LOCKED), "blocked");
        site.advanceClock(60 * 60);
        assertTrue(Site.text(Accounts.login(site, person.nir13(), CODE)).contains(LOCKED), "still blocked an hour on");

        site.submit("/code-oublie", "newCode", Map.of("nir", person.nir13(), "birthDate", person.birthDateTyped(),
                "channel", "EMAIL"));
        String link = Accounts.linkIn(Mailbox.awaitMail(person.email(), ++mails));
        site.advanceClock(16 * 60);
        assertTrue(Site.text(Accounts.login(site, person.nir13(), CODE)).contains(LOCKED),
                "a link asked for lifts nothing: anyone who knows the number and birth date can ask");

        Accounts.chooseCode(newSite(), link, NEW_CODE);
        assertTrue(Accounts.login(site, person.nir13(), NEW_CODE).uri().getPath().endsWith("/verification"),
                "choosing the new code lifts the block");
    }

    @Test
    void theLockedPageIsTheSameForAnAccountAndForANumberWithoutOne() {
        Person holder = People.fresh(true);
        Accounts.openByEmail(site, holder, CODE);
        Person nobody = People.fresh(false);
        Site stranger = newSite();
        for (int i = 1; i <= 6; i++) {
            HttpResponse<String> real = Accounts.login(stranger, holder.nir13(), "Mauvais-Code-" + i);
            long start = System.nanoTime();
            HttpResponse<String> unknown = Accounts.login(stranger, nobody.nir13(), "Mauvais-Code-" + i);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(Site.text(real), Site.text(unknown), "failure " + i + ": the same page");
            assertTrue(Site.text(unknown).contains(i < 5 ? REJECTED : LOCKED), "failure " + i + ": " + Site.text(unknown));
            assertTrue(millis >= 400, "no sooner than the floor of the other forms: " + millis + " ms");
        }
        site.advanceClock(61);
        HttpResponse<String> real = Accounts.login(stranger, holder.nir13(), "Mauvais-Code-7");
        HttpResponse<String> unknown = Accounts.login(stranger, nobody.nir13(), "Mauvais-Code-7");
        assertTrue(Site.text(unknown).contains(LOCKED), "the 6th failure doubled the lock, without account too");
        assertEquals(Site.text(real), Site.text(unknown));
        site.advanceClock(121);
        assertTrue(Site.text(Accounts.login(stranger, nobody.nir13(), "Mauvais-Code-8")).contains(LOCKED),
                "once the lock ended, one more failure locks again at once (the series goes on)");
    }

    @Test
    void aSessionEndsAfterThirtyIdleMinutesAndAfterTwelveHoursInAnyCase() {
        Person person = People.fresh(false);
        Accounts.openWithoutEmail(site, person, CODE);
        Accounts.login(site, person.nir13(), CODE);
        site.advanceClock(31 * 60);
        HttpResponse<String> idle = site.get("/espace/accueil");
        assertTrue(idle.uri().toString().endsWith("/?info=expiree"), "idle for 31 minutes");
        assertTrue(Site.text(idle).contains("30 minutes sans activité"), Site.text(idle));

        Site busy = newSite();
        Accounts.login(busy, person.nir13(), CODE);
        for (int step = 1; step < 36; step++) {
            site.advanceClock(20 * 60);
            assertTrue(busy.get("/espace/accueil").uri().getPath().endsWith("/espace/accueil"),
                    "active every 20 minutes: still in after " + step * 20 + " minutes");
        }
        site.advanceClock(20 * 60);
        HttpResponse<String> tooOld = busy.get("/espace/accueil");
        assertTrue(tooOld.uri().toString().endsWith("/?info=limite"), "12 hours are the limit");
        assertTrue(Site.text(tooOld).contains("durée maximale de 12 heures"), Site.text(tooOld));
        HttpResponse<String> later = busy.get("/espace/messagerie");
        assertTrue(later.uri().getPath().equals("/") && later.uri().getQuery() == null,
                "the ended session's cookie is forgotten: later, the login page without « expirée »: " + later.uri());
    }

    @Test
    void aHundredFailuresFromOneAddressGiveTheFrench429Page() {
        Person unknown = People.fresh(false);
        assertTrue(Site.text(Accounts.login(site, unknown.nir13(), "Mauvais-Code-1")).contains(REJECTED));
        site.support("add-failures", Map.of("count", "99"));
        double counted = Management.metric("compte_assure_http_429_total");

        HttpResponse<String> refused = Accounts.login(site, unknown.nir13(), "Mauvais-Code-2");
        assertEquals(429, refused.statusCode());
        assertEquals(counted + 1, Management.metric("compte_assure_http_429_total"), 0.001, "what Prometheus reads");
        assertTrue(Site.text(refused).contains("Trop de tentatives"), Site.text(refused));
        assertFalse(refused.body().contains("Exception"));

        WebDriver driver = Browser.open();
        try {
            driver.get(base.toString());
            Browser.type(driver, "login:nir", unknown.nir13());
            Browser.type(driver, "login:code", "Mauvais-Code-3");
            Browser.clickAndWait(driver, By.id("login:submit"));
            assertTrue(Browser.mainText(driver).contains("Trop de tentatives"));
            Browser.assertAccessible(driver);
        } finally {
            driver.quit();
        }
    }
}
