package org.compteassure.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.compteassure.it.support.Accounts;
import org.compteassure.it.support.ClientTest;
import org.compteassure.it.support.Mailbox;
import org.compteassure.it.support.OidcProvider;
import org.compteassure.it.support.OidcProvider.Fault;
import org.compteassure.it.support.OidcProvider.Identity;
import org.compteassure.it.support.People;
import org.compteassure.it.support.People.Person;
import org.compteassure.it.support.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * "S'identifier avec FranceConnect" against a real OpenID Connect provider the test starts ({@link OidcProvider}):
 * the request the application sends (PKCE S256 included, which the provider checks), a first login that asks for the
 * account's code before linking (and tells the owner by e-mail), later logins, no match, several matches, linking
 * and unlinking from /espace/securite, logout at the provider, and every answer that must be refused without opening
 * a session.
 */
class FranceConnectIT extends ClientTest {

    private static final String CODE = "Brume-Ocre-Tulipe-77";
    @RegisterExtension
    static final OidcProvider.PerClass provider = new OidcProvider.PerClass();

    /** The pivot identity FranceConnect holds for this test person (born abroad: the country is in the NIR). */
    private static Identity identityOf(Person person) {
        return new Identity(UUID.randomUUID().toString(), "TESTEUR", person.givenNames(), person.birthDate(), "female",
                "", person.nir13().substring(5, 10));
    }

    private HttpResponse<String> franceConnect(Site site, Identity identity, Fault fault) {
        provider.next(identity, fault);
        return site.submit("/", "franceconnect", Map.of());
    }

    private static boolean hasSession(Site site) {
        return site.get("/espace/accueil").uri().getPath().startsWith("/espace/accueil");
    }

    /** A first FranceConnect login of a matched person: the page that asks for the account's code. */
    private HttpResponse<String> firstLogin(Site site, Identity identity) {
        HttpResponse<String> asked = franceConnect(site, identity, Fault.NONE);
        assertEquals("/franceconnect/relier", asked.uri().getPath(), Site.text(asked));
        assertFalse(hasSession(site), "no session before the code");
        return asked;
    }

    @Test
    void firstLoginAsksForTheCodeLinksTellsTheOwnerThenTheSubAloneLogsIn() {
        Person person = People.fresh(true);
        int mails = Accounts.openByEmail(newSite(), person, CODE);
        Identity identity = identityOf(person);

        Site visitor = newSite();
        HttpResponse<String> asked = firstLogin(visitor, identity);
        HttpResponse<String> wrong = visitor.submitOn(asked, "link", Map.of("code", "Pas-Le-Bon-Code-2026"));
        assertTrue(Site.text(wrong).contains("n'est pas celui de votre compte"), Site.text(wrong));
        assertFalse(hasSession(visitor));
        HttpResponse<String> tooLong = visitor.submitOn(wrong, "link", Map.of("code", "x".repeat(10_000)));
        assertTrue(Site.text(tooLong).contains("64 caractères au plus") || Site.text(tooLong).contains("n'est pas celui"),
                Site.text(tooLong));
        HttpResponse<String> home = visitor.submitOn(tooLong, "link", Map.of("code", CODE));
        assertEquals("/espace/accueil", home.uri().getPath(), Site.text(home));
        assertTrue(Site.text(home).contains(person.givenNames()));
        assertTrue(Mailbox.awaitMail(person.email(), mails + 1).subject().contains("FranceConnect"),
                "the owner is told of the link");

        Map<String, String> request = provider.authorizations().get(provider.authorizations().size() - 1);
        assertEquals("code", request.get("response_type"));
        assertEquals("eidas1", request.get("acr_values"));
        assertEquals("openid given_name family_name birthdate gender birthplace birthcountry email", request.get("scope"));
        assertEquals(OidcProvider.CLIENT_ID, request.get("client_id"));
        assertTrue(request.get("state").length() >= 32 && request.get("nonce").length() >= 32);
        assertTrue(request.get("redirect_uri").endsWith("/franceconnect/retour"));
        assertEquals("S256", request.get("code_challenge_method"));
        assertEquals(43, request.get("code_challenge").length(), "BASE64URL of a SHA-256");
        String verifier = provider.tokenRequests().get(provider.tokenRequests().size() - 1).get("code_verifier");
        assertTrue(verifier != null && verifier.length() >= 43, "the token request proves the verifier (and the"
                + " provider refuses one that does not hash to the challenge)");

        assertTrue(Site.text(visitor.get("/espace/securite")).contains("Votre compte est relié à FranceConnect"));
        assertTrue(Site.text(visitor.get("/espace/informations")).contains("FranceConnect"), "the link is in the history");

        int logouts = provider.logouts().size();
        HttpResponse<String> out = visitor.submit("/espace/accueil", "logout", Map.of());
        assertEquals(logouts + 1, provider.logouts().size(), "logout goes through FranceConnect's end-session endpoint");
        Map<String, String> logout = provider.logouts().get(logouts);
        assertFalse(logout.getOrDefault("id_token_hint", "").isBlank());
        assertTrue(logout.getOrDefault("state", "").length() >= 32);
        assertTrue(logout.get("post_logout_redirect_uri").endsWith("/?info=deconnecte"));
        assertEquals("/", out.uri().getPath());
        assertFalse(hasSession(visitor));

        Identity renamed = new Identity(identity.sub(), "AUTRE-NOM", "Autre", identity.birthDate(), "female", "", "99999");
        Site later = newSite();
        assertEquals("/espace/accueil", franceConnect(later, renamed, Fault.NONE).uri().getPath(),
                "a linked sub logs in whatever the identity says later");
    }

    @Test
    void unlinkingFromTheSecurityPageTellsTheOwnerAndTheNextLoginAsksForTheCodeAgain() {
        Person person = People.fresh(true);
        int mails = Accounts.openByEmail(newSite(), person, CODE);
        Identity identity = identityOf(person);
        Site visitor = newSite();
        visitor.submitOn(firstLogin(visitor, identity), "link", Map.of("code", CODE));
        assertTrue(hasSession(visitor));
        Mailbox.awaitMail(person.email(), mails + 1);

        HttpResponse<String> unlinked = visitor.submit("/espace/securite", "franceconnectUnlink", Map.of());
        assertEquals("/espace/securite", unlinked.uri().getPath());
        assertTrue(Site.text(unlinked).contains("FranceConnect n'ouvre plus votre compte"), Site.text(unlinked));
        assertTrue(unlinked.body().contains("id=\"franceconnect:submit\""), "the link button is back");
        assertTrue(Mailbox.awaitMail(person.email(), mails + 2).subject().contains("plus relié à FranceConnect"));

        firstLogin(newSite(), identity);
    }

    @Test
    void noMatchIsToldAndOpensNoSessionThenTheAccountIsLinkedFromTheSecurityPage() {
        Person person = People.fresh(true);
        Site owner = newSite();
        Accounts.openByEmail(owner, person, CODE);
        Identity misspelt = new Identity(UUID.randomUUID().toString(), "TESTEURE", person.givenNames(),
                person.birthDate(), "female", "", person.nir13().substring(5, 10));

        Site visitor = newSite();
        HttpResponse<String> refused = franceConnect(visitor, misspelt, Fault.NONE);
        assertTrue(Site.text(refused).contains("Nous n'avons pas retrouvé votre dossier"), Site.text(refused));
        assertFalse(hasSession(visitor));

        provider.next(misspelt, Fault.NONE);
        HttpResponse<String> linked = owner.submit("/espace/securite", "franceconnect", Map.of());
        assertEquals("/espace/securite", linked.uri().getPath());
        assertTrue(Site.text(linked).contains("Votre compte est maintenant relié à FranceConnect"), Site.text(linked));

        Site again = newSite();
        assertEquals("/espace/accueil", franceConnect(again, misspelt, Fault.NONE).uri().getPath());
        assertTrue(Mailbox.awaitMail(person.email(), 3).subject().contains("FranceConnect"), "the owner is told");
    }

    @Test
    void severalMatchingPeopleAreToldAndOpenNoSession() {
        Person first = People.fresh(true);
        Site site = newSite();
        site.register(first);
        String twin = first.nir13().substring(0, 10) + String.format("%03d", (Integer.parseInt(first.nir13().substring(10)) + 1) % 1000);
        site.support("person", Map.of("nir", twin, "familyName", "TESTEUR", "givenNames", first.givenNames(),
                "birthDate", first.birthDate().toString(), "iban", first.iban(), "vitale", "12345678"));

        HttpResponse<String> refused = franceConnect(site, identityOf(first), Fault.NONE);
        assertTrue(Site.text(refused).contains("correspond à plusieurs dossiers"), Site.text(refused));
        assertFalse(hasSession(site));
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"BAD_SIGNATURE", "WRONG_NONCE", "WRONG_ISSUER", "EXPIRED", "UNSIGNED_USERINFO"})
    void untrustworthyAnswersAreRefusedInFrenchWithoutASession(Fault fault) {
        Person person = People.fresh(true);
        Accounts.openByEmail(newSite(), person, CODE);

        Site visitor = newSite();
        HttpResponse<String> refused = franceConnect(visitor, identityOf(person), fault);
        assertEquals("/franceconnect/retour", refused.uri().getPath());
        assertTrue(Site.text(refused).contains("La connexion avec FranceConnect n'a pas abouti"), Site.text(refused));
        assertFalse(hasSession(visitor));
    }

    @Test
    void aReplayedCodeIsRefused() {
        Person person = People.fresh(true);
        Accounts.openByEmail(newSite(), person, CODE);
        Identity identity = identityOf(person);
        Site first = newSite();
        HttpResponse<String> home = first.submitOn(firstLogin(first, identity), "link", Map.of("code", CODE));
        assertEquals("/espace/accueil", home.uri().getPath());

        Site attacker = newSite();
        HttpResponse<String> replayed = franceConnect(attacker, identity, Fault.REPLAYED_CODE);
        assertTrue(Site.text(replayed).contains("n'a pas abouti"), Site.text(replayed));
        assertFalse(hasSession(attacker));

        String callback = provider.authorizations().get(provider.authorizations().size() - 1).get("redirect_uri");
        HttpResponse<String> noState = attacker.get(URI.create(callback).getPath() + "?code=x&state=y");
        assertTrue(Site.text(noState).contains("n'a pas abouti"), "a return this browser did not start is refused");
        assertFalse(hasSession(attacker));
    }
}
