package org.compteassure.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compteassure.it.support.Accounts;
import org.compteassure.it.support.ClientTest;
import org.compteassure.it.support.Mailbox;
import org.compteassure.it.support.People;
import org.compteassure.it.support.Site;
import org.compteassure.it.support.StaffLogin;
import org.compteassure.service.security.Totp;
import org.junit.jupiter.api.Test;

import static org.compteassure.it.security.Authenticators.code;
import static org.compteassure.it.security.Authenticators.otherCode;
import static org.compteassure.it.security.Authenticators.recoveryCodesIn;
import static org.compteassure.it.security.Authenticators.secretIn;

/**
 * The authenticator application (TOTP) and recovery codes over HTTP: staff enrol at their first login and log in
 * with it; insured people add it at /espace/securite and it replaces the e-mailed code; codes are accepted once;
 * malformed input gets a French message and stores nothing; IBAN changes need it (step-up). Codes are computed here
 * from the seed the page shows, against the application's clock, which the tests move instead of waiting.
 */
class TotpIT extends ClientTest {

    private static final String PASSWORD = "Double-Facteur-2026!";
    private static final String CODE = "Givre-Ardoise-Lupin-58";
    private static final String NEW_CODE = "Corail-Mistral-Osier-64";
    private static final List<String> MALFORMED = List.of("abcdef", "9".repeat(10_000), "😀😀😀", "12345", "");

    @Test
    void aStaffMemberEnrolsAtFirstLoginBeforeAnyPageThenLogsInWithTheApplication() {
        Site site = newSite();
        String adviser = newAdviser(site);
        HttpResponse<String> first = site.submit("/conseiller", "staff", Map.of("username", adviser, "password", PASSWORD));
        assertTrue(first.uri().getPath().endsWith("/conseiller-enrolement"), "enrolment first: " + first.uri());
        assertEquals("/conseiller", site.get("/conseiller/messagerie").uri().getPath(), "no page before the enrolment");

        HttpResponse<String> page = site.get("/conseiller-enrolement");
        assertTrue(page.body().contains("<svg"), "a QR code");
        String secret = secretIn(page);
        String before = site.counts();
        refusesMalformedCodes(site, page, "enrol");
        HttpResponse<String> wrong = site.submitOn(page, "enrol", Map.of("code", otherCode(secret, site)));
        assertTrue(Site.text(wrong).contains("Ce code n'est pas celui de l'application"), Site.text(wrong));
        assertEquals(before, site.counts(), "refused codes store nothing");
        assertEquals("/conseiller", site.get("/conseiller/messagerie").uri().getPath(), "still not logged in");

        String enrolmentCode = code(secret, site);
        HttpResponse<String> enrolled = site.submitOn(page, "enrol", Map.of("code", enrolmentCode));
        List<String> recovery = recoveryCodesIn(enrolled);
        assertEquals(10, recovery.size(), Site.text(enrolled));
        assertEquals(200, site.get("/conseiller/messagerie").statusCode(), "logged in once enrolled");

        Site again = newSite();
        HttpResponse<String> second = again.submit("/conseiller", "staff", Map.of("username", adviser, "password", PASSWORD));
        assertTrue(second.uri().getPath().endsWith("/conseiller-verification"), second.uri().toString());
        HttpResponse<String> replayed = again.submitOn(second, "totp", Map.of("code", enrolmentCode));
        assertTrue(Site.text(replayed).contains("Ce code n'est pas le bon ou a déjà servi"), "no replay: " + Site.text(replayed));
        again.advanceClock(Totp.PERIOD_SECONDS);
        HttpResponse<String> desk = again.submitOn(second, "totp", Map.of("code", code(secret, again)));
        assertTrue(desk.uri().getPath().endsWith("/conseiller/messagerie"), desk.uri().toString());

        HttpResponse<String> withRecovery = staffRecoveryLogin(adviser, recovery.get(0));
        assertTrue(withRecovery.uri().getPath().endsWith("/conseiller/messagerie"), withRecovery.uri().toString());
        HttpResponse<String> reused = staffRecoveryLogin(adviser, recovery.get(0));
        assertTrue(Site.text(reused).contains("Ce code de secours n'est pas valable"), "single use: " + Site.text(reused));
    }

    @Test
    void anInsuredPersonAddsTheApplicationWhichThenReplacesTheEmailedCode() {
        People.Person person = People.fresh(true);
        Site site = newSite();
        Accounts.openByEmail(site, person, CODE);
        assertTrue(Site.text(site.get("/espace/securite")).contains("Ajouter une application d'authentification"));
        String secret = Authenticators.enrol(site, CODE).secret();
        String stored = detail(site, person, "totp");
        assertTrue(stored.startsWith("v1:"), stored);
        assertFalse(stored.contains(secret) || stored.contains(secret.substring(0, 16)), "no seed in clear: " + stored);
        assertTrue(Site.text(site.get("/espace/securite")).contains("Votre application d'authentification vous est demandée"));

        Site next = newSite();
        String mailsBefore = count(site, "outbound_mail");
        HttpResponse<String> second = Accounts.login(next, person.nir13(), CODE);
        assertTrue(second.uri().getPath().endsWith("/verification"), second.uri().toString());
        assertTrue(Site.text(second).contains("application d'authentification"), Site.text(second));
        assertEquals(mailsBefore, count(site, "outbound_mail"), "no code is e-mailed to a person with an application");

        String before = site.counts();
        refusesMalformedCodes(next, second, "totp");
        assertEquals(before, site.counts(), "malformed codes store nothing");
        next.advanceClock(Totp.PERIOD_SECONDS);
        HttpResponse<String> in = next.submitOn(second, "totp", Map.of("code", code(secret, next)));
        assertTrue(in.uri().getPath().endsWith("/espace/accueil"), in.uri().toString());
    }

    @Test
    void aTotpCodeIsAcceptedOnceAndRecoveryCodesOnceUntilNewOnesReplaceThem() {
        People.Person person = People.fresh(true);
        Site site = newSite();
        Accounts.openByEmail(site, person, CODE);
        Authenticators.Enrolled enrolled = Authenticators.enrol(site, CODE);
        String secret = enrolled.secret();
        List<String> first = enrolled.recoveryCodes();

        Site one = newSite();
        one.advanceClock(Totp.PERIOD_SECONDS);
        HttpResponse<String> step = Accounts.login(one, person.nir13(), CODE);
        String now = code(secret, one);
        assertTrue(one.submitOn(step, "totp", Map.of("code", now)).uri().getPath().endsWith("/espace/accueil"));
        Site replay = newSite();
        HttpResponse<String> replayStep = Accounts.login(replay, person.nir13(), CODE);
        HttpResponse<String> replayed = replay.submitOn(replayStep, "totp", Map.of("code", now));
        assertTrue(Site.text(replayed).contains("Ce code n'est pas le bon ou a déjà servi"), "replayed: " + Site.text(replayed));

        assertTrue(insuredRecoveryLogin(person, first.get(0)).uri().getPath().endsWith("/espace/accueil"));
        HttpResponse<String> reused = insuredRecoveryLogin(person, first.get(0));
        assertTrue(Site.text(reused).contains("Ce code de secours n'est pas valable"), "single use: " + Site.text(reused));
        assertTrue(Site.text(site.get("/espace/securite")).contains("Il vous reste 9 codes de secours"));

        site.advanceClock(Totp.PERIOD_SECONDS);
        HttpResponse<String> regenerated = site.submit("/espace/securite", "recoveryCodes",
                Map.of("secret", CODE, "proof", code(secret, site)));
        List<String> fresh = recoveryCodesIn(regenerated);
        assertEquals(10, fresh.size(), Site.text(regenerated));
        HttpResponse<String> old = insuredRecoveryLogin(person, first.get(1));
        assertTrue(Site.text(old).contains("Ce code de secours n'est pas valable"), "old codes die: " + Site.text(old));
        assertTrue(insuredRecoveryLogin(person, fresh.get(0).toLowerCase().replace("-", " ")).uri().getPath()
                .endsWith("/espace/accueil"), "new codes work, typed loosely");
    }

    @Test
    void aForgottenCodeChosenAgainLeavesTheApplicationInPlace() {
        People.Person person = People.fresh(true);
        Site site = newSite();
        String secret = Authenticators.openWithApplication(site, person, CODE);

        Site lost = newSite();
        int mails = Mailbox.received(person.email()).size();
        HttpResponse<String> sent = lost.submit("/code-oublie", "newCode", Map.of("nir", person.nir13(),
                "birthDate", person.birthDateTyped(), "channel", "EMAIL"));
        assertTrue(sent.uri().toString().endsWith("envoye=email"), Site.text(sent));
        Accounts.chooseCode(lost, Accounts.linkIn(Mailbox.awaitMail(person.email(), mails + 1)), NEW_CODE);

        Site next = newSite();
        HttpResponse<String> second = Accounts.login(next, person.nir13(), NEW_CODE);
        assertTrue(second.uri().getPath().endsWith("/verification"), second.uri().toString());
        assertTrue(Site.text(second).contains("application d'authentification"),
                "the reset does not bypass the strong factor (ASVS 6.4.3): " + Site.text(second));
        next.advanceClock(Totp.PERIOD_SECONDS);
        HttpResponse<String> in = next.submitOn(second, "totp", Map.of("code", code(secret, next)));
        assertTrue(in.uri().getPath().endsWith("/espace/accueil"), in.uri().toString());
    }

    @Test
    void anAdviserRemovesTheFactorsAPersonLostAndTheEmailedCodeIsBack() {
        People.Person person = People.fresh(true);
        Site site = newSite();
        Authenticators.openWithApplication(site, person, CODE);
        Site desk = newSite();
        String adviser = newAdviser(desk);
        StaffLogin.over(desk, adviser, PASSWORD);
        Matcher file = Pattern.compile("/conseiller/dossier\\?id=(\\d+)")
                .matcher(desk.submit("/conseiller/assures", "search", Map.of("nir", person.nir13())).body());
        assertTrue(file.find(), "the person is found");
        HttpResponse<String> removed = desk.submit("/conseiller/dossier?id=" + file.group(1), "removeFactors", Map.of());
        assertTrue(Site.text(removed).contains("Les facteurs d'authentification et les codes de secours sont retirés"),
                Site.text(removed));
        assertFalse(removed.body().contains("removeFactors"), "nothing left to remove");

        int mails = Mailbox.received(person.email()).size();
        HttpResponse<String> second = Accounts.loginWithMailedCode(newSite(), person, CODE, mails + 1, true);
        assertTrue(second.uri().getPath().endsWith("/espace/accueil"), "the e-mailed code again: " + second.uri());
        assertTrue(Site.text(site.get("/espace/securite")).contains("Retrait de vos facteurs d'authentification"));
    }

    @Test
    void aNewIbanNeedsTheApplicationOfAPersonWhoHasOne() {
        People.Person person = People.fresh(true);
        Site site = newSite();
        String secret = Authenticators.openWithApplication(site, person, CODE);
        String newIban = "FR7630006000011234567890189";
        assertTrue(Site.text(site.get("/espace/informations")).contains("Code de votre application d'authentification"));

        HttpResponse<String> wrong = site.submit("/espace/informations", "bank", Map.of("iban", newIban,
                "holder", "Camille Testeur", "code", CODE, "proof", otherCode(secret, site)));
        assertTrue(Site.text(wrong).contains("n'est pas celui de votre application d'authentification"), Site.text(wrong));
        HttpResponse<String> without = site.submit("/espace/informations", "bank", Map.of("iban", newIban,
                "holder", "Camille Testeur", "code", CODE));
        assertFalse(Site.text(without).contains("Vos coordonnées bancaires sont enregistrées"), Site.text(without));
        HttpResponse<String> codeOnly = site.submit("/espace/informations", "bank", Map.of("iban", newIban,
                "holder", "Camille Testeur", "code", "Pas-Le-Bon-Code-1", "proof", code(secret, site)));
        assertTrue(Site.text(codeOnly).contains("Ce code secret n'est pas le bon"), "the code is asked too");
        assertTrue(detail(site, person, "iban").equals(person.iban()), "nothing changed");

        site.advanceClock(Totp.PERIOD_SECONDS);
        HttpResponse<String> saved = site.submit("/espace/informations", "bank", Map.of("iban", newIban,
                "holder", "Camille Testeur", "code", CODE, "proof", code(secret, site)));
        assertTrue(Site.text(saved).contains("Vos coordonnées bancaires sont enregistrées"), Site.text(saved));
        assertEquals(newIban, detail(site, person, "pendingIban"), "a démarche, pending until the fund confirms");
    }

    /** Letters, 10 000 digits, emoji, too short, empty: a French message by the field, never a 500. */
    private static void refusesMalformedCodes(Site site, HttpResponse<String> page, String form) {
        for (String bad : MALFORMED) {
            HttpResponse<String> refused = site.submitOn(page, form, Map.of("code", bad));
            assertEquals(200, refused.statusCode(), "never a 500");
            assertTrue(Site.text(refused).contains(bad.isEmpty() ? "Renseignez le champ" : "compte 6 chiffres"),
                    Site.text(refused));
        }
    }

    private HttpResponse<String> insuredRecoveryLogin(People.Person person, String recoveryCode) {
        Site site = newSite();
        Accounts.login(site, person.nir13(), CODE);
        return site.submit("/verification?secours", "recovery", Map.of("code", recoveryCode));
    }

    private HttpResponse<String> staffRecoveryLogin(String username, String recoveryCode) {
        Site site = newSite();
        site.submit("/conseiller", "staff", Map.of("username", username, "password", PASSWORD));
        return site.submit("/conseiller-verification?secours", "recovery", Map.of("code", recoveryCode));
    }

    private static String newAdviser(Site site) {
        String adviser = "totp-" + System.nanoTime() % 1_000_000;
        site.support("staff", Map.of("username", adviser, "password", PASSWORD, "role", "adviser"));
        return adviser;
    }

    private static String detail(Site site, People.Person person, String name) {
        return site.get("/test-support/details?nir=" + person.nir13()).body().lines()
                .filter(line -> line.startsWith(name + "=")).findFirst().orElseThrow().substring(name.length() + 1);
    }

    private static String count(Site site, String table) {
        return site.counts().lines().filter(line -> line.startsWith(table + "=")).findFirst().orElseThrow();
    }
}
