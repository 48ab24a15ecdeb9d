package org.compteassure.it.account;

import org.compteassure.service.platform.ClockProducer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compteassure.it.support.Accounts;
import org.compteassure.it.support.ClientTest;
import org.compteassure.it.support.Letters;
import org.compteassure.it.support.Mailbox;
import org.compteassure.it.support.People;
import org.compteassure.it.support.People.Person;
import org.compteassure.it.support.Site;
import org.compteassure.service.notification.DevMailbox.ReceivedMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Mes informations" over HTTP: each change with its e-mail, notice and letter; the re-authentication before new bank
 * details (wrong codes counted like logins); two tabs saving at once; the history; bad input refused with nothing
 * stored.
 */
class ProfileIT extends ClientTest {

    private static final String CODE = "Brume-Ocre-Tulipe-77";
    private static final String PAGE = "/espace/informations";
    private static final Pattern CONFIRM_LINK = Pattern.compile("https?://\\S+/confirmer-courriel\\?jeton=[A-Za-z0-9_-]+");
    private static final Pattern REFERENCE = Pattern.compile("CV\\d{4}-\\d{8}");

    private Person person;
    private Site site;

    @BeforeEach
    void loggedIn() {
        person = People.fresh(true);
        site = newSite();
        Accounts.openByEmail(site, person, CODE);
    }

    private static Map<String, String> contact(String line1, String postcode, String city, String country, String phone) {
        return Map.of("line1", line1, "line2", "", "postcode", postcode, "city", city, "country", country, "phone", phone);
    }

    private String details() {
        return site.get("/test-support/details?nir=" + person.nir13()).body();
    }

    @Test
    void addressAndPhoneAreSavedWithTheirHistory() {
        HttpResponse<String> saved = site.submit(PAGE, "contact",
                contact("3 cours Napoléon", "20200", "Bastia", "FRANCE", "06 12 34 56 78"));
        String text = Site.text(saved);
        assertTrue(text.contains("Vos coordonnées sont enregistrées"), text);
        assertTrue(details().contains("phone=+33612345678"), "stored in E.164: " + details());
        assertTrue(text.contains("3 COURS NAPOLÉON, 20200 BASTIA, FRANCE") || text.contains("3 cours Napoléon, 20200 BASTIA, FRANCE"), text);
        assertTrue(text.contains("4 RUE DES TESTS, 75014 PARIS, FRANCE"), "the old address is in the history: " + text);
        assertTrue(text.contains("Recevoir mes avis"), "the notice preferences have their own form: " + text);
        assertTrue(text.contains("Vous, en ligne"), text);

        HttpResponse<String> abroad = site.submit(PAGE, "contact",
                contact("Rue Neuve 1", "B-1000", "Bruxelles", "BELGIQUE", "+32 470 12 34 56"));
        assertTrue(Site.text(abroad).contains("Vos coordonnées sont enregistrées"), Site.text(abroad));
        assertTrue(details().contains("phone=+32470123456"), details());
    }

    @Test
    void badInputIsExplainedNextToItsFieldAndNothingIsStored() {
        String before = site.counts();
        HttpResponse<String> page = site.submit(PAGE, "contact",
                contact("x".repeat(10_000), "B-1000", "<script>alert(1)</script>", "FRANCE", "pas un numéro"));
        String text = Site.text(page);
        assertTrue(text.contains("Un code postal français compte 5 chiffres"), text);
        assertTrue(text.contains("est trop long"), text);
        assertTrue(text.contains("n'ont pas leur place dans une adresse"), text);
        assertTrue(text.contains("Ce numéro de téléphone n'est pas valide"), text);
        assertFalse(page.body().contains("<script>alert(1)"), "typed markup is escaped");

        HttpResponse<String> bank = site.submit(PAGE, "bank",
                Map.of("iban", "FR76 3000 6000 0112 3456", "holder", "Camille Testeur", "code", CODE));
        assertTrue(Site.text(bank).contains("Cet IBAN doit compter 27 caractères"), Site.text(bank));
        HttpResponse<String> checksum = site.submit(PAGE, "bank",
                Map.of("iban", "FR7630006000011234567890188", "holder", "Camille Testeur", "code", CODE));
        assertTrue(Site.text(checksum).contains("Cet IBAN comporte une erreur de saisie"), Site.text(checksum));
        HttpResponse<String> holder = site.submit(PAGE, "bank",
                Map.of("iban", "FR7630006000011234567890189", "holder", "<b>" + "x".repeat(10_000), "code", CODE));
        assertTrue(Site.text(holder).contains("Saisissez le nom du titulaire"), Site.text(holder));

        HttpResponse<String> email = site.submit(PAGE, "email", Map.of("newEmail", "pas-une-adresse", "secret", CODE));
        assertTrue(Site.text(email).contains("adresse e-mail"), Site.text(email));
        HttpResponse<String> noDot = site.submit(PAGE, "email", Map.of("newEmail", "jean@exemple", "secret", CODE));
        assertTrue(Site.text(noDot).contains("Saisissez une adresse e-mail complète"), Site.text(noDot));
        assertFalse(Site.text(noDot).contains("différente de l'adresse actuelle"), "refused as malformed, not as the same");

        HttpResponse<String> loss = site.submit(PAGE, "vitale", Map.of("kind", "LOSS", "date", "31/02/2020",
                "circumstances", "y".repeat(10_000)));
        assertTrue(Site.text(loss).contains("jj/mm/aaaa"), Site.text(loss));
        HttpResponse<String> future = site.submit(PAGE, "vitale", Map.of("kind", "THEFT",
                "date", LocalDate.now(ClockProducer.ZONE).plusDays(3).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                "circumstances", "Dans le métro"));
        assertTrue(Site.text(future).contains("ne peut pas être dans le futur"), Site.text(future));
        HttpResponse<String> script = site.submit(PAGE, "vitale", Map.of("kind", "THEFT", "date", "01/01/2025",
                "circumstances", "<script>alert(1)</script>"));
        assertTrue(Site.text(script).contains("sans les signes"), Site.text(script));

        assertEquals(before, site.counts(), "refused input stores nothing");
        assertTrue(Site.text(site.get(PAGE)).contains("Aucune modification pour le moment"));
    }

    @Test
    void aPersonWhoSwitchedToEnglishGetsTheirMailsInEnglish() {
        HttpResponse<String> english = site.get(PAGE + "?lang=en");
        assertTrue(english.uri().getQuery() == null && Site.text(english).contains("My details"), Site.text(english));
        String newEmail = Mailbox.freshAddress("english");
        site.submit(PAGE, "email", Map.of("newEmail", newEmail, "secret", CODE));
        assertEquals("Confirm your new e-mail address", Mailbox.awaitMail(newEmail, 1).subject(),
                "the portal's own mail, in the language the person chose");

        site.get(PAGE + "?lang=fr");
        String again = Mailbox.freshAddress("francais");
        site.submit(PAGE, "email", Map.of("newEmail", again, "secret", CODE));
        assertEquals("Confirmez votre nouvelle adresse e-mail", Mailbox.awaitMail(again, 1).subject());
    }

    @Test
    void theEmailChangesOnlyWhenTheLinkIsFollowedAndTheOldAddressIsTold() {
        String newEmail = Mailbox.freshAddress("nouvelle");
        HttpResponse<String> asked = site.submit(PAGE, "email", Map.of("newEmail", newEmail, "secret", CODE));
        assertTrue(Site.text(asked).contains("Un lien de confirmation vient d'être envoyé à " + newEmail), Site.text(asked));
        assertTrue(details().contains("email=" + person.email()), "nothing changes before the link is followed");

        ReceivedMail link = Mailbox.awaitMail(newEmail, 1);
        assertTrue(link.text().contains("30 minutes"), link.text());
        String url = linkIn(link);
        String path = URI.create(url).getRawPath() + "?" + URI.create(url).getRawQuery();
        Site other = newSite();
        HttpResponse<String> confirmed = other.submit(path, "confirm", Map.of());
        assertTrue(Site.text(confirmed).contains("Votre nouvelle adresse e-mail est enregistrée"), Site.text(confirmed));
        assertTrue(details().contains("email=" + newEmail), details());

        ReceivedMail told = Mailbox.awaitMail(person.email(), 3);
        assertTrue(told.subject().contains("adresse e-mail de votre compte a été modifiée"), told.subject());
        assertFalse(told.text().contains("jeton"), "the old address never gets the link");

        HttpResponse<String> replayed = other.submit(path, "confirm", Map.of());
        assertTrue(Site.text(replayed).contains("Ce lien ne fonctionne plus"), "single use: " + Site.text(replayed));
        assertTrue(Site.text(site.get(PAGE)).contains(newEmail), "history and details show the new address");

        String later = Mailbox.freshAddress("tardive");
        site.submit(PAGE, "email", Map.of("newEmail", later, "secret", CODE));
        String late = linkIn(Mailbox.awaitMail(later, 1));
        site.advanceClock(31 * 60);
        HttpResponse<String> expired = other.submit(URI.create(late).getRawPath() + "?" + URI.create(late).getRawQuery(),
                "confirm", Map.of());
        assertTrue(Site.text(expired).contains("Ce lien ne fonctionne plus"), "30 minutes: " + Site.text(expired));
        assertTrue(details().contains("email=" + newEmail));
    }

    @Test
    void newBankDetailsNeedTheCodeAndAreNoticedByMailAndLetter() {
        String adviser = "conseil-" + person.nir13();
        site.support("staff", Map.of("username", adviser, "password", "Conseil-Test-2026!", "role", "adviser"));
        String newIban = "FR7630006000011234567890189";
        for (int attempt = 1; attempt <= 4; attempt++) {
            HttpResponse<String> wrong = site.submit(PAGE, "bank",
                    Map.of("iban", newIban, "holder", "Camille Testeur", "code", "Pas-Le-Bon-Code-1"));
            assertTrue(Site.text(wrong).contains("Ce code secret n'est pas le bon"), Site.text(wrong));
        }
        HttpResponse<String> locked = site.submit(PAGE, "bank",
                Map.of("iban", newIban, "holder", "Camille Testeur", "code", "Pas-Le-Bon-Code-1"));
        assertTrue(Site.text(locked).contains("votre compte est bloqué"), "counted like failed logins: " + Site.text(locked));
        HttpResponse<String> stillLocked = site.submit(PAGE, "bank",
                Map.of("iban", newIban, "holder", "Camille Testeur", "code", CODE));
        assertTrue(Site.text(stillLocked).contains("votre compte est bloqué"), Site.text(stillLocked));
        assertTrue(details().contains("iban=" + person.iban()), "nothing changed: " + details());
        site.advanceClock(61);

        HttpResponse<String> saved = site.submit(PAGE, "bank",
                Map.of("iban", "fr76 3000 6000 0112 3456 7890 189", "holder", "Camille Testeur", "code", CODE));
        assertTrue(Site.text(saved).contains("Vos coordonnées bancaires sont enregistrées"), Site.text(saved));
        assertTrue(details().contains("\niban=" + person.iban()), "payments keep the fund's IBAN: " + details());
        assertTrue(details().contains("pendingIban=" + newIban), "the new one waits for the fund: " + details());
        assertTrue(Site.text(saved).contains("en attente de validation"), Site.text(saved));
        assertTrue(Site.text(saved).contains("0 189 (Camille Testeur)"), "masked in the history: " + Site.text(saved));
        assertFalse(saved.body().contains(newIban), "the full IBAN is never shown");

        ReceivedMail notice = Mailbox.awaitMail(person.email(), 4);
        assertTrue(notice.subject().contains("coordonnées bancaires"), notice.subject());
        assertFalse(notice.text().contains("0189") || notice.text().contains(newIban), "no bank details in a mail");
        String[] pages = Letters.printRun(base.toString(), adviser, "Conseil-Test-2026!");
        assertTrue(java.util.Arrays.stream(pages).anyMatch(p -> p.contains(person.givenNames())
                && p.contains("Modification de vos coordonnées bancaires")), "a letter to the address on file");
    }

    @Test
    void twoTabsSavingAtOnceTheSecondIsToldAndNothingIsOverwritten() {
        HttpResponse<String> firstTab = site.get(PAGE);
        HttpResponse<String> secondTab = site.get(PAGE);
        HttpResponse<String> first = site.submitOn(firstTab, "contact",
                contact("1 rue du Premier Onglet", "69001", "Lyon", "FRANCE", ""));
        assertTrue(Site.text(first).contains("Vos coordonnées sont enregistrées"), Site.text(first));
        HttpResponse<String> second = site.submitOn(secondTab, "contact",
                contact("2 rue du Second Onglet", "13001", "Marseille", "FRANCE", ""));
        assertTrue(Site.text(second).contains("Vos informations ont été modifiées entre-temps"), Site.text(second));

        String now = Site.text(site.get(PAGE));
        assertTrue(now.contains("1 rue du Premier Onglet, 69001 LYON"), now);
        assertFalse(now.contains("Second Onglet, 13001"), "the second save wrote nothing: " + now);
    }

    @Test
    void aLostCarteVitaleIsRecordedWithAReferenceConfirmedByMail() {
        HttpResponse<String> declared = site.submit(PAGE, "vitale", Map.of("kind", "THEFT",
                "date", LocalDate.now(ClockProducer.ZONE).minusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                "circumstances", "Sac volé dans le bus"));
        Matcher reference = REFERENCE.matcher(Site.text(declared));
        assertTrue(reference.find(), Site.text(declared));
        assertTrue(declared.body().contains("/espace/documents"), "the attestation de droits is offered");
        ReceivedMail mail = Mailbox.awaitMail(person.email(), 3);
        assertTrue(mail.text().contains(reference.group()), mail.text());
        assertTrue(mail.text().contains("/espace/documents"), mail.text());
    }

    @Test
    void theRegistersChangesJoinTheHistory() {
        site.support("person", Map.of("nir", person.nir13(), "familyName", "TESTEUR", "givenNames", person.givenNames(),
                "birthDate", person.birthDate().toString(), "iban", "FR7630006000011234567890189",
                "vitale", person.vitale(), "email", person.email()));
        String page = Site.text(site.get(PAGE));
        String history = page.substring(page.indexOf("Historique des modifications"));
        assertTrue(history.contains("Votre caisse"), history);
        assertTrue(history.contains("•••0 189"), history);
        assertFalse(history.contains("75014 PARIS, FRANCE"), "unchanged details are not in the history: " + history);
    }

    private static String linkIn(ReceivedMail mail) {
        Matcher link = CONFIRM_LINK.matcher(mail.text());
        assertTrue(link.find(), "a confirmation link in: " + mail.text());
        return link.group();
    }
}
