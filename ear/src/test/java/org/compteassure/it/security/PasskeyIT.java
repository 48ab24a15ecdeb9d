package org.compteassure.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compteassure.it.support.Accounts;
import org.compteassure.it.support.Browser;
import org.compteassure.it.support.BrowserTest;
import org.compteassure.it.support.Mailbox;
import org.compteassure.it.support.People;
import org.compteassure.it.support.Site;
import org.compteassure.it.support.StaffLogin;
import org.compteassure.service.security.Totp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.virtualauthenticator.Credential;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

/**
 * Passkeys in Chromium with its virtual authenticator (CTAP2, resident keys, user verification), each page checked by
 * axe-core: added at /espace/securite, the second login step, signing in alone, renamed and removed; a staff
 * member's passkey at /conseiller. Then what an attacker would send, over HTTP: answers signed with the passkey's real
 * private key (exported from the virtual authenticator) but for another origin or relying party, with a counter going
 * backwards, replayed, for an unknown credential, and malformed JSON, base64 or names: each refused with a French
 * message, never a 500, nothing stored.
 */
class PasskeyIT extends BrowserTest {

    private static final String CODE = "Cerfeuil-Basalte-Orque-47";
    private static final String PASSWORD = "Clef-Acces-Personnel-2026!";
    private static final Pattern CHALLENGE = Pattern.compile("challenge&quot;:&quot;([A-Za-z0-9_-]+)&quot;");
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private VirtualAuthenticator authenticator;
    /** The address as the browser must use it: a passkey's relying party is a host name ("localhost"), never an IP. */
    private String local;

    @BeforeEach
    void virtualAuthenticator() {
        authenticator = ((HasVirtualAuthenticator) driver).addVirtualAuthenticator(new VirtualAuthenticatorOptions()
                .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                .setHasResidentKey(true).setHasUserVerification(true).setIsUserVerified(true)
                .setIsUserConsenting(true));
        local = "http://localhost:" + base.getPort() + "/";
    }

    @Test
    void anInsuredPersonAddsAPasskeyLogsInWithItAloneOrAfterTheCodeThenRemovesIt() {
        People.Person person = People.fresh(true);
        Site site = newSite();
        Accounts.openByEmail(site, person, CODE);
        loginWithMailedCode(person, 3);
        addPasskeyInBrowser("Mon ordinateur");
        assertEquals(1, authenticator.getCredentials().size());
        assertTrue(Browser.mainText(driver).contains("Mon ordinateur"), Browser.mainText(driver));
        driver.get(local + "espace/activite");
        assertTrue(Browser.mainText(driver).contains("Moyen de connexion ajouté"), Browser.mainText(driver));
        assertTrue(Browser.mainText(driver).contains("Mon ordinateur"), Browser.mainText(driver));
        Browser.assertAccessible(driver);

        logOut();
        loginInBrowser(person);
        assertTrue(driver.getCurrentUrl().endsWith("/verification"), driver.getCurrentUrl());
        assertEquals("Deuxième étape de connexion", driver.findElement(By.tagName("h1")).getText());
        Browser.assertAccessible(driver);
        Browser.clickAndWait(driver, By.id("passkey:submit"));
        assertTrue(driver.getCurrentUrl().endsWith("/espace/accueil"), driver.getCurrentUrl());

        logOut();
        driver.get(local);
        Browser.clickAndWait(driver, By.id("passkey-signin"));
        assertTrue(driver.getCurrentUrl().endsWith("/cle-d-acces"), driver.getCurrentUrl());
        Browser.assertAccessible(driver);
        Browser.clickAndWait(driver, By.id("signin:submit"));
        assertTrue(driver.getCurrentUrl().endsWith("/espace/accueil"), driver.getCurrentUrl());
        assertTrue(Browser.mainText(driver).contains(person.givenNames()), Browser.mainText(driver));

        driver.get(local + "espace/securite");
        Browser.clickAndWait(driver, By.cssSelector("#passkeys a"));
        assertTrue(driver.getCurrentUrl().contains("/espace/cle-d-acces?cle="), driver.getCurrentUrl());
        Browser.assertAccessible(driver);
        Browser.type(driver, "rename:name", "Portable de travail");
        Browser.clickAndWait(driver, By.id("rename:submit"));
        assertTrue(Browser.mainText(driver).contains("Portable de travail"), Browser.mainText(driver));

        Browser.clickAndWait(driver, By.cssSelector("#passkeys a"));
        Browser.type(driver, "remove:secret", "Pas-Le-Bon-Code-99");
        Browser.clickAndWait(driver, By.id("remove:submit"));
        assertTrue(Browser.mainText(driver).contains("Ce code secret n'est pas le bon"), Browser.mainText(driver));
        Browser.assertAccessible(driver);
        Browser.type(driver, "remove:secret", CODE);
        Browser.clickAndWait(driver, By.id("remove:submit"));
        assertTrue(Browser.mainText(driver).contains("La clé d'accès est supprimée"), Browser.mainText(driver));
        assertTrue(driver.findElements(By.id("passkeys")).isEmpty(), "no passkey listed");
        assertTrue(driver.findElements(By.id("codes-de-secours")).isEmpty(), "no strong factor, no recovery codes");
        Browser.assertAccessible(driver);

        logOut();
        loginInBrowser(person);
        assertEquals("Saisissez le code reçu par e-mail", driver.findElement(By.tagName("h1")).getText(),
                "without a passkey, the e-mailed code is back");
    }

    @Test
    void aStaffMemberAddsAPasskeyAfterTheApplicationAndLogsInWithIt() {
        Site site = newSite();
        String adviser = "cle-" + System.nanoTime() % 1_000_000;
        site.support("staff", Map.of("username", adviser, "password", PASSWORD, "role", "adviser"));
        StaffLogin.in(driver, local, adviser, PASSWORD);
        assertTrue(driver.getCurrentUrl().endsWith("/conseiller/messagerie"), driver.getCurrentUrl());

        driver.get(local + "conseiller/sessions");
        Browser.assertAccessible(driver);
        Browser.clickAndWait(driver, By.id("add-passkey"));
        assertTrue(driver.getCurrentUrl().endsWith("/conseiller/cle-d-acces"), driver.getCurrentUrl());
        Browser.assertAccessible(driver);
        site.advanceClock(Totp.PERIOD_SECONDS);
        Browser.type(driver, "add:name", "Clé du bureau");
        Browser.type(driver, "add:secret", PASSWORD);
        Browser.type(driver, "add:proof", StaffLogin.code(site));
        Browser.clickAndWait(driver, By.id("add:submit"));
        // The test support's authenticator came without recovery codes: this first passkey brings them.
        assertEquals(10, driver.findElements(By.cssSelector(".recovery-codes code")).size(), Browser.mainText(driver));
        Browser.assertAccessible(driver);
        Browser.clickAndWait(driver, By.id("continue"));
        assertTrue(Browser.mainText(driver).contains("Clé du bureau"), Browser.mainText(driver));

        Browser.clickAndWait(driver, By.id("logout:submit"));
        driver.get(local + "conseiller");
        Browser.type(driver, "staff:username", adviser);
        Browser.type(driver, "staff:password", PASSWORD);
        Browser.clickAndWait(driver, By.id("staff:submit"));
        assertTrue(driver.getCurrentUrl().endsWith("/conseiller-verification"), driver.getCurrentUrl());
        Browser.assertAccessible(driver);
        Browser.clickAndWait(driver, By.id("passkey:submit"));
        assertTrue(driver.getCurrentUrl().endsWith("/conseiller/messagerie"), driver.getCurrentUrl());
    }

    @Test
    void forgedReplayedAndMalformedAnswersAreRefusedAndNothingIsStored() throws GeneralSecurityException {
        People.Person person = People.fresh(true);
        Site site = newSite();
        Accounts.openByEmail(site, person, CODE);
        loginWithMailedCode(person, 3);

        // Malformed registrations first: a 10 000-character name, broken JSON and base64, a bidirectional control
        // character in the name, an oversized answer.
        Site http = newSite();
        Accounts.loginWithMailedCode(http, person, CODE, 4, false);
        String counts = site.counts();
        HttpResponse<String> addPage = http.get("/espace/cle-d-acces");
        assertRefused(http.submitOn(addPage, "add", Map.of("name", "n".repeat(10_000), "secret", CODE,
                "response", "{}")), "au plus 64 caractères");
        assertRefused(http.submitOn(addPage, "add", Map.of("name", "Clé", "secret", CODE, "response",
                "{\"id\":\"%%%\",\"rawId\":\"%%%\",\"type\":\"public-key\",\"response\":{\"clientDataJSON\":\"!!\","
                        + "\"attestationObject\":\"??\"}}")), "n'a pas pu être enregistrée");
        assertRefused(http.submitOn(addPage, "add", Map.of("name", "Clé", "secret", CODE, "response", "{not json")),
                "n'a pas pu être enregistrée");
        assertRefused(http.submitOn(addPage, "add", Map.of("name", "Clé\u202Eexe", "secret", CODE,
                "response", "{}")), "sans caractère de contrôle");
        assertRefused(http.submitOn(addPage, "add", Map.of("name", "Clé", "secret", CODE,
                "response", "x".repeat(20_000))), "illisible");
        assertEquals(counts, site.counts(), "nothing stored");

        addPasskeyInBrowser("Clé forgée");
        Credential credential = authenticator.getCredentials().get(0);
        PrivateKey key = KeyFactory.getInstance("EC").generatePrivate(credential.getPrivateKey());
        String origin = local.substring(0, local.length() - 1);

        // The passkey's own signature, for the right origin and relying party: accepted (the forgery works).
        Site visitor = newSite();
        HttpResponse<String> page = visitor.get("/cle-d-acces");
        String accepted = assertion(credential, key, challengeIn(page), origin, "localhost", 1000);
        HttpResponse<String> in = visitor.submitOn(page, "signin", Map.of("assertion", accepted));
        assertTrue(in.uri().getPath().endsWith("/espace/accueil"), Site.text(in));

        // Replayed, in another session and in the same one: its challenge is used up, and not this session's.
        Site other = newSite();
        HttpResponse<String> otherPage = other.get("/cle-d-acces");
        assertRefused(other.submitOn(otherPage, "signin", Map.of("assertion", accepted)), "pas été reconnue");
        assertRefused(visitor.submitOn(visitor.get("/cle-d-acces"), "signin", Map.of("assertion", accepted)),
                "pas été reconnue");

        List<Map.Entry<String, String>> forged = List.of(
                Map.entry("another origin", "https://compte-assure.example"),
                Map.entry("another relying party", "rp"),
                Map.entry("a counter going backwards", "counter"),
                Map.entry("an unknown credential", "unknown"),
                Map.entry("no user handle", "handle"),
                Map.entry("broken JSON", "json"),
                Map.entry("broken base64", "base64"));
        for (Map.Entry<String, String> attack : forged) {
            Site attacker = newSite();
            HttpResponse<String> signIn = attacker.get("/cle-d-acces");
            String challenge = challengeIn(signIn);
            String answer = switch (attack.getValue()) {
                case "rp" -> assertion(credential, key, challenge, origin, "compte-assure.example", 2000);
                case "counter" -> assertion(credential, key, challenge, origin, "localhost", 999);
                case "unknown" -> assertion(credential, key, challenge, origin, "localhost", 2000)
                        .replace(B64.encodeToString(credential.getId()), B64.encodeToString(new byte[32]));
                case "handle" -> assertion(credential, key, challenge, origin, "localhost", 2000)
                        .replaceAll(",\"userHandle\":\"[^\"]*\"", "");
                case "json" -> "{\"id\":" + "[".repeat(5_000);
                case "base64" -> assertion(credential, key, challenge, origin, "localhost", 2000)
                        .replace("\"signature\":\"", "\"signature\":\"*%$");
                default -> assertion(credential, key, challenge, attack.getValue(), "localhost", 2000);
            };
            HttpResponse<String> refused = attacker.submitOn(signIn, "signin", Map.of("assertion", answer));
            assertRefused(refused, "pas été reconnue");
            assertTrue(refused.uri().getPath().endsWith("/cle-d-acces"), attack.getKey() + ": " + refused.uri());
        }

        // The same refusals in the second step of a login: the e-mailed code is not sent, the passkey is asked.
        Site second = newSite();
        HttpResponse<String> verification = Accounts.login(second, person.nir13(), CODE);
        assertTrue(verification.uri().getPath().endsWith("/verification"), Site.text(verification));
        assertRefused(second.submitOn(verification, "passkey", Map.of("code", accepted)), "pas été reconnue");
        String fresh = assertion(credential, key, challengeIn(verification), origin, "localhost", 3000);
        HttpResponse<String> loggedIn = second.submitOn(verification, "passkey", Map.of("code", fresh));
        assertTrue(loggedIn.uri().getPath().endsWith("/espace/accueil"), Site.text(loggedIn));
    }

    /** At /espace/cle-d-acces in the browser: names the passkey, confirms with the code, lets Chromium create it. */
    private void addPasskeyInBrowser(String name) {
        driver.get(local + "espace/securite");
        Browser.assertAccessible(driver);
        Browser.clickAndWait(driver, By.id("add-passkey"));
        assertTrue(driver.getCurrentUrl().endsWith("/espace/cle-d-acces"), driver.getCurrentUrl());
        Browser.assertAccessible(driver);
        Browser.type(driver, "add:name", name);
        Browser.type(driver, "add:secret", CODE);
        Browser.clickAndWait(driver, By.id("add:submit"));
        // The first strong factor: its recovery codes, shown once.
        assertEquals(10, driver.findElements(By.cssSelector(".recovery-codes code")).size(), Browser.mainText(driver));
        Browser.assertAccessible(driver);
        Browser.clickAndWait(driver, By.id("continue"));
        assertTrue(driver.getCurrentUrl().endsWith("/espace/securite"), driver.getCurrentUrl());
        Browser.assertAccessible(driver);
    }

    /** Logs in in the browser with number, code and the e-mailed code (the {@code mailNumber}-th mail). */
    private void loginWithMailedCode(People.Person person, int mailNumber) {
        loginInBrowser(person);
        assertTrue(driver.getCurrentUrl().endsWith("/verification"), driver.getCurrentUrl());
        Browser.type(driver, "verification:code", Accounts.loginCodeIn(Mailbox.awaitMail(person.email(), mailNumber)));
        Browser.clickAndWait(driver, By.id("verification:submit"));
        assertTrue(driver.getCurrentUrl().endsWith("/espace/accueil"), driver.getCurrentUrl());
    }

    private void loginInBrowser(People.Person person) {
        driver.get(local);
        Browser.type(driver, "login:nir", person.nir13());
        Browser.type(driver, "login:code", CODE);
        Browser.clickAndWait(driver, By.id("login:submit"));
    }

    private void logOut() {
        Browser.clickAndWait(driver, By.id("logout:submit"));
    }

    private static void assertRefused(HttpResponse<String> page, String message) {
        assertEquals(200, page.statusCode(), Site.text(page));
        assertTrue(Site.text(page).contains(message), "expected « " + message + " » in: " + Site.text(page));
        assertFalse(page.uri().getPath().startsWith("/espace/accueil"), "not logged in: " + page.uri());
    }

    private static String challengeIn(HttpResponse<String> page) {
        Matcher challenge = CHALLENGE.matcher(page.body());
        assertTrue(challenge.find(), "a passkey challenge on " + page.uri());
        return challenge.group(1);
    }

    /**
     * An assertion as an authenticator holding this credential would sign it (WebAuthn §6.3.3): authenticator data
     * (relying party's hash, user present and verified, counter), signed with the client data's hash.
     */
    private static String assertion(Credential credential, PrivateKey key, String challenge, String origin,
                                    String rpId, int counter) throws GeneralSecurityException {
        byte[] clientData = ("{\"type\":\"webauthn.get\",\"challenge\":\"" + challenge + "\",\"origin\":\"" + origin
                + "\",\"crossOrigin\":false}").getBytes(StandardCharsets.UTF_8);
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        byte[] authenticatorData = ByteBuffer.allocate(37).put(sha256.digest(rpId.getBytes(StandardCharsets.UTF_8)))
                .put((byte) 0x05).putInt(counter).array();
        Signature signature = Signature.getInstance("SHA256withECDSA");
        signature.initSign(key);
        signature.update(authenticatorData);
        signature.update(sha256.digest(clientData));
        String id = B64.encodeToString(credential.getId());
        return "{\"id\":\"" + id + "\",\"rawId\":\"" + id + "\",\"type\":\"public-key\",\"clientExtensionResults\":{},"
                + "\"response\":{\"clientDataJSON\":\"" + B64.encodeToString(clientData) + "\",\"authenticatorData\":\""
                + B64.encodeToString(authenticatorData) + "\",\"signature\":\"" + B64.encodeToString(signature.sign())
                + "\",\"userHandle\":\"" + B64.encodeToString(credential.getUserHandle()) + "\"}}";
    }
}
