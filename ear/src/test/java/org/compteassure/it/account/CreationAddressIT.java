package org.compteassure.it.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
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
 * "Je crée mon compte" does not bind the account to an address nobody has proven: the typed address stays with the
 * pending link until it is followed, so a mistyped one never locks the person out of self-service. Creating again
 * sends a new link to the new address; the first link dies.
 */
class CreationAddressIT extends ClientTest {

    private static final String CODE = "Brume-Ocre-Tulipe-77";
    private static final String EXISTS = "Vous avez déjà un compte";

    private Site site;
    private Person person;
    /** The address typed by mistake at the first try. */
    private String typo;

    @BeforeEach
    void aPersonInTheRegister() {
        site = newSite();
        person = People.fresh(true);
        site.register(person);
        typo = Mailbox.freshAddress("faute-de-frappe");
    }

    @Test
    void aMistypedAddressThenTheRightOneTheNewLinkWinsAndTheAccountGetsTheRightAddress() {

        create(site, typo);
        String firstLink = Accounts.linkIn(Mailbox.awaitMail(typo, 1));

        HttpResponse<String> again = create(site, person.email());
        assertTrue(!Site.text(again).contains(EXISTS), "a pending account is no account yet: " + Site.text(again));
        String link = Accounts.linkIn(Mailbox.awaitMail(person.email(), 1));

        HttpResponse<String> dead = site.get(URI.create(firstLink).getRawPath() + "?" + URI.create(firstLink).getRawQuery());
        assertTrue(Site.text(dead).contains("n'est plus valable"), "the first link no longer works: " + Site.text(dead));

        Accounts.chooseCode(site, link, CODE);
        assertTrue(Mailbox.awaitMail(person.email(), 2).subject().toLowerCase().contains("compte"),
                "the activation notice goes to the proven address");
        HttpResponse<String> second = Accounts.login(newSite(), person.nir13(), CODE);
        assertTrue(second.uri().getPath().endsWith("/verification"), Site.text(second));
        Accounts.loginCodeIn(Mailbox.awaitMail(person.email(), 3));
        assertEquals(1, Mailbox.received(typo).size(), "nothing more ever went to the mistyped address");

        assertTrue(Site.text(create(newSite(), person.email())).contains(EXISTS),
                "once activated, the account exists");
    }

    @Test
    void beforeTheLinkIsFollowedTheTypedAddressIsNotTheAccountsOne() {
        create(site, typo);
        Mailbox.awaitMail(typo, 1);

        HttpResponse<String> forgotten = site.submit("/code-oublie", "newCode", Map.of("nir", person.nir13(),
                "birthDate", person.birthDateTyped(), "channel", "EMAIL"));
        assertTrue(forgotten.uri().toString().endsWith("envoye=email"), "the usual neutral answer");
        // The pending link is the only mail the mistyped address ever gets: the account has no address yet.
        create(site, person.email());
        Mailbox.awaitMail(person.email(), 1);
        assertEquals(1, Mailbox.received(typo).size(), "no forgotten-code link went to the unproven address");
    }

    @Test
    void byPostTheTypedAddressBecomesTheAccountsOnceConfirmedThroughItsLink() {
        String adviser = "creation-" + person.nir13();
        site.support("staff", Map.of("username", adviser, "password", "Conseil-Test-2026!", "role", "adviser"));
        HttpResponse<String> sent = site.submit("/creer-compte", "create", Map.of("nir", person.nir15(),
                "birthDate", person.birthDateTyped(), "vitale", person.vitale(), "iban", person.ibanEnd(),
                "email", person.email(), "channel", "POST"));
        assertTrue(sent.uri().toString().endsWith("envoye=courrier"), Site.text(sent));
        String provisional = Letters.codeFor(Letters.printRun(base.toString(), adviser, "Conseil-Test-2026!"),
                person.givenNames());
        assertTrue(Accounts.login(site, person.nir13(), provisional).uri().getPath().endsWith("/choisir-code"));
        HttpResponse<String> chosen = site.submit("/choisir-code", "choose", Map.of("code", CODE, "confirmation", CODE));
        assertTrue(chosen.uri().getPath().endsWith("/espace/securite"), Site.text(chosen));

        ReceivedMail confirmation = Mailbox.awaitMail(person.email(), 1);
        assertTrue(confirmation.subject().contains("Confirmez votre nouvelle adresse"), confirmation.subject());
        Matcher link = Pattern.compile("https?://\\S+/confirmer-courriel\\?jeton=[A-Za-z0-9_-]+")
                .matcher(confirmation.text());
        assertTrue(link.find(), confirmation.text());
        URI confirm = URI.create(link.group());
        HttpResponse<String> confirmed = newSite().submit(confirm.getRawPath() + "?" + confirm.getRawQuery(), "confirm",
                Map.of());
        assertTrue(Site.text(confirmed).contains("Votre nouvelle adresse e-mail est enregistrée"), Site.text(confirmed));

        assertTrue(Accounts.login(newSite(), person.nir13(), CODE).uri().getPath().endsWith("/verification"),
                "the proven address now gets the second step's code");
        Accounts.loginCodeIn(Mailbox.awaitMail(person.email(), 2));
    }

    private HttpResponse<String> create(Site on, String email) {
        HttpResponse<String> sent = Accounts.create(on, person, email);
        assertEquals(200, sent.statusCode(), Site.text(sent));
        return sent;
    }
}
