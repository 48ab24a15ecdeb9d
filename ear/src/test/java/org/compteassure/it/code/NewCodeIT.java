package org.compteassure.it.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compteassure.it.support.Accounts;
import org.compteassure.it.support.Browser;
import org.compteassure.it.support.ClientTest;
import org.compteassure.it.support.Letters;
import org.compteassure.it.support.Mailbox;
import org.compteassure.it.support.People;
import org.compteassure.it.support.People.Person;
import org.compteassure.it.support.Site;
import org.compteassure.service.notification.DevMailbox.ReceivedMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * A new code: "Changer mon code" while logged in (the current code asked, neither the current nor the previous one
 * again, the notice by e-mail and by post), and "Déconnecter mes autres appareils" after a change or a forgotten
 * code, which ends the other sessions and forgets the trusted browsers.
 */
class NewCodeIT extends ClientTest {

    private static final String CODE = "Brume-Ocre-Tulipe-77";
    private static final String NEW_CODE = "Lichen-Marbre-Cobalt-31";
    private static final String WRONG_CURRENT = "Ce code n'est pas votre code actuel";
    private static final String NOT_REUSED = "Règle non respectée : Différent de votre code actuel et du précédent";
    private static final String LOCKED = "temporairement bloqué";

    private Site site;

    @BeforeEach
    void fresh() {
        site = newSite();
    }

    @Test
    void aCodeChangeAsksTheCurrentCodeRefusesTheCurrentAndPreviousAndTellsByMailAndPost() {
        Person person = People.fresh(true);
        int mails = Accounts.openByEmail(site, person, CODE);

        HttpResponse<String> wrong = change(site, "Mauvais-Code-1", NEW_CODE, NEW_CODE, false);
        assertTrue(errorUnder(wrong, "current").contains(WRONG_CURRENT), Site.text(wrong));
        HttpResponse<String> same = change(site, CODE, CODE, CODE, false);
        assertTrue(errorUnder(same, "code").contains(NOT_REUSED), Site.text(same));

        HttpResponse<String> changed = change(site, CODE, NEW_CODE, NEW_CODE, false);
        assertTrue(changed.uri().getPath().endsWith("/espace/securite"), Site.text(changed));
        assertTrue(Site.text(changed).contains("Votre code est changé"), Site.text(changed));
        ReceivedMail notice = Mailbox.awaitMail(person.email(), ++mails);
        assertTrue(notice.subject().contains("code secret a été modifié"), notice.subject());

        HttpResponse<String> back = change(site, NEW_CODE, CODE, CODE, false);
        assertTrue(errorUnder(back, "code").contains(NOT_REUSED), "the previous code is refused too");

        String adviser = "avis-code-" + person.nir13();
        site.support("staff", Map.of("username", adviser, "password", "Conseil-Test-2026!", "role", "adviser"));
        String[] pages = Letters.printRun(base.toString(), adviser, "Conseil-Test-2026!");
        assertTrue(Arrays.stream(pages).anyMatch(page -> page.contains(person.givenNames())
                && page.contains("Modification de votre code secret")), "the notice letter is in the print run");

        Site other = newSite();
        assertTrue(Site.text(Accounts.login(other, person.nir13(), CODE)).contains("code incorrect"), "the old code is dead");
        assertTrue(Accounts.login(other, person.nir13(), NEW_CODE).uri().getPath().endsWith("/verification"));
    }

    @Test
    void wrongCurrentCodesCountAsFailedLoginsAndLock() {
        Person person = People.fresh(true);
        int mails = Accounts.openByEmail(site, person, CODE);
        for (int i = 1; i <= 4; i++) {
            assertTrue(errorUnder(change(site, "Mauvais-Code-" + i, NEW_CODE, NEW_CODE, false), "current")
                    .contains(WRONG_CURRENT));
        }
        HttpResponse<String> fifth = change(site, "Mauvais-Code-5", NEW_CODE, NEW_CODE, false);
        assertTrue(Site.text(fifth).contains(LOCKED), Site.text(fifth));
        assertTrue(Mailbox.awaitMail(person.email(), ++mails).subject().contains("bloqué"));
        assertTrue(Site.text(change(site, CODE, NEW_CODE, NEW_CODE, false)).contains(LOCKED),
                "locked: the right current code changes nothing");
        assertTrue(Site.text(Accounts.login(newSite(), person.nir13(), CODE)).contains(LOCKED),
                "the failures of the change form lock the login too");
    }

    @Test
    void badInputOnTheChangeFormGetsAFrenchMessageNextToTheFieldAndStoresNothing() {
        Person person = People.fresh(true);
        Accounts.openByEmail(site, person, CODE);
        String before = site.counts();
        String[] bad = {"x".repeat(10_000), "<script>alert(1)</script>", "' OR '1'='1'; DROP TABLE account; --",
                "🔐🙂🔐"};

        for (String value : bad) {
            HttpResponse<String> asCurrent = change(site, value, NEW_CODE, NEW_CODE, false);
            assertTrue(errorUnder(asCurrent, "current").contains(WRONG_CURRENT), Site.text(asCurrent));
            HttpResponse<String> mismatch = change(site, CODE, value, value + "x", false);
            assertTrue(errorUnder(mismatch, "confirmation").contains("ne sont pas identiques"), Site.text(mismatch));
            for (HttpResponse<String> page : List.of(asCurrent, mismatch)) {
                assertFalse(page.body().contains("<script>alert"), "never echoed");
                assertFalse(page.body().contains("Exception"));
            }
        }
        for (String value : new String[] {bad[0], bad[3]}) {
            HttpResponse<String> asNewCode = change(site, CODE, value, value, false);
            assertTrue(errorUnder(asNewCode, "code").contains("Entre 12 et 64 caractères"), value.length()
                    + " characters: " + Site.text(asNewCode));
        }
        assertEquals(before, site.counts(), "nothing stored (no mail, no letter)");
        assertTrue(Accounts.login(newSite(), person.nir13(), CODE).uri().getPath().endsWith("/verification"),
                "the code is unchanged and the account not locked");
    }

    @Test
    void aChangeWithOtherDevicesTickedEndsTheOtherSessionsAndForgetsTrustedBrowsers() {
        Person person = People.fresh(true);
        int mails = Accounts.openByEmail(site, person, CODE);
        Site trusted = newSite();
        Accounts.loginWithMailedCode(trusted, person, CODE, ++mails, true);
        Site kept = newSite();
        Accounts.loginWithMailedCode(kept, person, CODE, ++mails, false);

        HttpResponse<String> unticked = change(kept, CODE, NEW_CODE, NEW_CODE, false);
        assertTrue(Site.text(unticked).contains("Votre code est changé"), Site.text(unticked));
        mails++;
        assertInside(site, "unticked: the other sessions go on");
        assertInside(trusted, "unticked: the other sessions go on");

        HttpResponse<String> ticked = change(kept, NEW_CODE, "Sorbier-Gravier-Indigo-58", "Sorbier-Gravier-Indigo-58",
                true);
        assertTrue(Site.text(ticked).contains("vos autres sessions sont fermées"), Site.text(ticked));
        mails++;
        assertInside(kept, "the browser that changed the code stays logged in");
        assertEnded(site);
        assertEnded(trusted);
        assertTrue(Accounts.login(trusted, person.nir13(), "Sorbier-Gravier-Indigo-58").uri().getPath()
                .endsWith("/verification"), "the trusted browser is trusted no more: the e-mailed code again");
    }

    @Test
    void aForgottenCodeEndsEveryOtherSessionAndForgetsTrustedBrowsersUnlessUnticked() {
        Person person = People.fresh(true);
        int mails = Accounts.openByEmail(site, person, CODE);
        Site trusted = newSite();
        Accounts.loginWithMailedCode(trusted, person, CODE, ++mails, true);

        Site reset = newSite();
        forgotten(reset, person);
        Accounts.chooseCode(reset, Accounts.linkIn(Mailbox.awaitMail(person.email(), ++mails)), NEW_CODE, false);
        mails++;
        assertInside(site, "unticked: the other sessions go on");
        assertInside(trusted, "unticked: the other sessions go on");
        assertTrue(Accounts.login(newSiteSharing(trusted), person.nir13(), NEW_CODE).uri().getPath()
                .endsWith("/espace/accueil"), "unticked: the browser stays trusted");

        forgotten(reset, person);
        HttpResponse<String> chosen = Accounts.chooseCode(reset, Accounts.linkIn(Mailbox.awaitMail(person.email(),
                ++mails)), CODE + "-bis", true);
        assertTrue(Site.text(chosen).contains("Votre code est enregistré"), Site.text(chosen));
        assertInside(reset, "the browser that chose the code is logged in");
        assertEnded(site);
        assertEnded(trusted);
        assertTrue(Accounts.login(trusted, person.nir13(), CODE + "-bis").uri().getPath().endsWith("/verification"),
                "the trusted browser is trusted no more: the e-mailed code again");
    }

    /** The new pages and states in Chromium, with axe: the change form (and its errors), the choice with its box. */
    @Test
    void theCodePagesAreAccessible() {
        Person person = People.fresh(true);
        int mails = Accounts.openByEmail(site, person, CODE);
        forgotten(site, person);
        String link = Accounts.linkIn(Mailbox.awaitMail(person.email(), ++mails));
        WebDriver driver = Browser.open();
        try {
            driver.get(link);
            Browser.assertAccessible(driver);
            assertTrue(driver.findElement(By.id("choose:endOthers")).isSelected(), "ticked by default");
            Browser.type(driver, "choose:code", NEW_CODE);
            Browser.type(driver, "choose:confirmation", NEW_CODE);
            Browser.clickAndWait(driver, By.id("choose:submit"));
            assertTrue(driver.getCurrentUrl().endsWith("/espace/securite"), driver.getCurrentUrl());

            Browser.clickAndWait(driver, By.linkText("Changer mon code"));
            assertTrue(driver.getCurrentUrl().endsWith("/espace/changer-code"), driver.getCurrentUrl());
            Browser.assertAccessible(driver);
            assertTrue(driver.findElement(By.id("change:endOthers")).isSelected(), "ticked by default");
            Browser.type(driver, "change:current", "Mauvais-Code-1");
            Browser.type(driver, "change:code", "court");
            Browser.type(driver, "change:confirmation", "court");
            Browser.clickAndWait(driver, By.id("change:submit"));
            assertTrue(Browser.mainText(driver).contains(WRONG_CURRENT), Browser.mainText(driver));
            Browser.assertAccessible(driver);
        } finally {
            driver.quit();
        }
    }

    private void forgotten(Site on, Person person) {
        HttpResponse<String> sent = on.submit("/code-oublie", "newCode", Map.of("nir", person.nir13(),
                "birthDate", person.birthDateTyped(), "channel", "EMAIL"));
        assertTrue(sent.uri().toString().endsWith("envoye=email"), Site.text(sent));
    }

    /** A visitor with the same cookies as {@code browser} (its trusted-device cookie) but no session of its own. */
    private Site newSiteSharing(Site browser) {
        Site copy = newSite();
        browser.cookies().getCookieStore().getCookies().stream()
                .filter(cookie -> !cookie.getName().equalsIgnoreCase("JSESSIONID"))
                .forEach(cookie -> copy.cookies().getCookieStore().add(URI.create(base.toString()), cookie));
        return copy;
    }

    private static HttpResponse<String> change(Site on, String current, String code, String confirmation,
                                               boolean endOthers) {
        Map<String, String> fields = new HashMap<>(Map.of("current", current, "code", code,
                "confirmation", confirmation));
        if (endOthers) {
            fields.put("endOthers", "on");
        }
        HttpResponse<String> page = on.submit("/espace/changer-code", "change", fields);
        assertEquals(200, page.statusCode(), Site.text(page));
        return page;
    }

    private static void assertInside(Site on, String why) {
        assertTrue(on.get("/espace/accueil").uri().getPath().endsWith("/espace/accueil"), why);
    }

    private static void assertEnded(Site on) {
        assertTrue(on.get("/espace/accueil").uri().toString().endsWith("/?info=fermee"), "the session was ended");
    }

    /** The text of the error shown under a field. */
    private static String errorUnder(HttpResponse<String> page, String fieldId) {
        Matcher error = Pattern.compile("id=\"" + Pattern.quote(fieldId) + "-error\">(.*?)</span>", Pattern.DOTALL)
                .matcher(page.body());
        return error.find() ? error.group(1).replaceAll("<[^>]+>", " ").replace("&#39;", "'").strip() : "";
    }
}
