package org.compteassure.it.api;

import org.compteassure.service.platform.ClockProducer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.compteassure.it.support.Accounts;
import org.compteassure.it.support.Browser;
import org.compteassure.it.support.ClientTest;
import org.compteassure.it.support.Mailbox;
import org.compteassure.it.support.Offline;
import org.compteassure.it.support.People;
import org.compteassure.it.support.People.Person;
import org.compteassure.it.support.RawHttp;
import org.compteassure.it.support.Site;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The applications' way in, as a native application runs it: OAuth 2.0 for native apps with PKCE (the login in
 * Chromium, the code on the loopback redirect URI, the exchange), the API with its scopes and owners, refresh
 * rotation and replay, « Applications connectées », and every refusal as a problem detail, never a 500.
 */
class AppApiIT extends ClientTest {

    private static final String CODE = "Hirondelle-Basalte-Trefle-62";
    private static final String CLIENT = "appli-test";
    private static final String REDIRECT = "http://127.0.0.1:9/retour";
    private static final String ALL = "identite paiements documents carte messagerie demarches avis";

    @Test
    void theWholeFlowOfAnApplicationInChromium() {
        Site site = newSite();
        Person person = People.fresh(true);
        int mails = Accounts.openByEmail(site, person, CODE);
        WebDriver driver = Browser.open();
        // The loopback redirect on the application's own port: Chromium lands on a page (its 404), as it would
        // land on the application's listener.
        String redirect = "http://127.0.0.1:" + base.getPort() + "/retour";
        try {
            CodeVerifier verifier = new CodeVerifier();
            driver.get(authorizeUrl(CLIENT, redirect, verifier, ALL, "etat-1"));
            assertTrue(driver.findElements(By.id("login:nir")).size() == 1, driver.getCurrentUrl());
            Browser.type(driver, "login:nir", person.nir13());
            Browser.type(driver, "login:code", CODE);
            Browser.clickAndWait(driver, By.id("login:submit"));
            Browser.type(driver, "verification:code", Accounts.loginCodeIn(Mailbox.awaitMail(person.email(), mails + 1)));
            Browser.clickAndWait(driver, By.id("verification:submit"));
            Map<String, String> back = query(URI.create(driver.getCurrentUrl()));
            assertTrue(driver.getCurrentUrl().startsWith(redirect + "?"), driver.getCurrentUrl());
            assertEquals("etat-1", back.get("state"));

            JsonObject tokens = exchange(back.get("code"), redirect, verifier.getValue(), 200);
            assertEquals("Bearer", tokens.getString("token_type"));
            assertEquals(600, tokens.getInt("expires_in"));
            String access = tokens.getString("access_token");

            JsonObject me = json(api("GET", "/api/v1/moi", access, null), 200);
            assertEquals(person.givenNames(), me.getString("givenNames"));
            assertTrue(me.getString("nir").startsWith(person.nir13().substring(0, 1) + " "), me.toString());
            JsonObject page = json(api("GET", "/api/v1/paiements?page=1", access, null), 200);
            assertEquals(1, page.getInt("page"));
            assertTrue(json(api("GET", "/api/v1/documents", access, null), 200).containsKey("statementMonths"));
            HttpResponse<String> written = api("POST", "/api/v1/fils", access,
                    "{\"subject\":\"ATTESTATIONS\",\"text\":\"Bonjour <script>alert(1)</script> 😀\",\"files\":"
                            + "[{\"name\":\"note.pdf\",\"content\":\"" + Base64.getEncoder().encodeToString(TINY_PDF)
                            + "\"}]}");
            long thread = json(written, 201).getJsonNumber("id").longValue();
            JsonObject read = json(api("GET", "/api/v1/fils/" + thread, access, null), 200);
            assertEquals("Bonjour <script>alert(1)</script> 😀",
                    read.getJsonArray("messages").getJsonObject(0).getString("body"));
            long attachment = read.getJsonArray("messages").getJsonObject(0).getJsonArray("attachments")
                    .getJsonObject(0).getJsonNumber("id").longValue();
            HttpResponse<String> file = api("GET", "/api/v1/fils/pieces-jointes/" + attachment, access, null);
            assertEquals(200, file.statusCode());
            assertTrue(file.body().startsWith("%PDF"), file.body());
            assertEquals(200, api("GET", "/api/v1/demarches", access, null).statusCode());
            assertEquals(200, api("GET", "/api/v1/cartes-europeennes", access, null).statusCode());

            // Refresh rotation: each refresh token once; a replay revokes the family, the new tokens included.
            JsonObject renewed = refresh(tokens.getString("refresh_token"), 200);
            assertNotEquals(tokens.getString("refresh_token"), renewed.getString("refresh_token"));
            assertEquals(200, api("GET", "/api/v1/moi", renewed.getString("access_token"), null).statusCode());
            assertEquals("invalid_grant", refresh(tokens.getString("refresh_token"), 400).getString("error"));
            assertEquals("invalid_grant", refresh(renewed.getString("refresh_token"), 400).getString("error"));
            problem(api("GET", "/api/v1/moi", renewed.getString("access_token"), null), 401, "jeton");

            // Already logged in: the application's next login goes straight back with a code; then the person
            // disconnects it from « Applications connectées ».
            CodeVerifier second = new CodeVerifier();
            driver.get(authorizeUrl(CLIENT, redirect, second, "paiements", "etat-2"));
            Map<String, String> again = query(URI.create(driver.getCurrentUrl()));
            JsonObject connected = exchange(again.get("code"), redirect, second.getValue(), 200);
            assertEquals(200, api("GET", "/api/v1/paiements", connected.getString("access_token"), null).statusCode());
            driver.get(base + "espace/securite");
            assertTrue(Browser.mainText(driver).contains("Applications connectées"), Browser.mainText(driver));
            assertTrue(Browser.mainText(driver).contains("Application de test"), Browser.mainText(driver));
            Browser.assertAccessible(driver);
            Browser.clickAndWait(driver, By.cssSelector("#apps input[type=submit], #apps button"));
            assertTrue(Browser.mainText(driver).contains("L'application est déconnectée"), Browser.mainText(driver));
            assertTrue(Browser.mainText(driver).contains("Aucune application n'est connectée"), Browser.mainText(driver));
            problem(api("GET", "/api/v1/paiements", connected.getString("access_token"), null), 401, "jeton");
            assertEquals("invalid_grant", refresh(connected.getString("refresh_token"), 400).getString("error"));

            installableWebApp(driver);
        } finally {
            driver.quit();
        }
    }

    @Test
    void theProtocolRefusesWhatIsNotExactlyRight() {
        Site site = loggedInWithoutEmail(People.fresh(false));

        // Unregistered redirect URI or application: a page, never a redirect to it.
        assertEquals(400, authorize(site, CLIENT, "http://attaquant.example/retour", new CodeVerifier(), ALL).statusCode());
        assertEquals(400, authorize(site, "appli-inconnue", REDIRECT, new CodeVerifier(), ALL).statusCode());
        // No PKCE, plain PKCE, a scope the application was not registered for: an OAuth error at the application.
        HttpResponse<String> noPkce = noRedirects(site, "/oauth/authorize?response_type=code&client_id=" + CLIENT
                + "&redirect_uri=" + enc(REDIRECT) + "&scope=paiements&state=s");
        assertEquals("invalid_request", query(location(noPkce)).get("error"));
        HttpResponse<String> plain = noRedirects(site, "/oauth/authorize?response_type=code&client_id=" + CLIENT
                + "&redirect_uri=" + enc(REDIRECT) + "&scope=paiements&code_challenge_method=plain&code_challenge="
                + new CodeVerifier().getValue());
        assertEquals("invalid_request", query(location(plain)).get("error"));
        assertEquals("invalid_scope", query(location(authorize(site, "appli-lecture", REDIRECT, new CodeVerifier(),
                "paiements identite"))).get("error"));

        // A wrong verifier uses the code up: the right one afterwards is refused too.
        CodeVerifier verifier = new CodeVerifier();
        String code = codeFor(site, CLIENT, verifier, ALL);
        assertEquals("invalid_grant", exchange(code, REDIRECT, new CodeVerifier().getValue(), 400).getString("error"));
        assertEquals("invalid_grant", exchange(code, REDIRECT, verifier.getValue(), 400).getString("error"));
        // Another redirect URI than the request's, even a registered one.
        verifier = new CodeVerifier();
        code = codeFor(site, CLIENT, verifier, ALL);
        assertEquals("invalid_grant", exchange(code, "http://127.0.0.1:10/retour", verifier.getValue(), 400)
                .getString("error"));
        // A code is good for 60 seconds.
        verifier = new CodeVerifier();
        code = codeFor(site, CLIENT, verifier, ALL);
        site.advanceClock(61);
        assertEquals("invalid_grant", exchange(code, REDIRECT, verifier.getValue(), 400).getString("error"));

        // A code used twice revokes what the first exchange gave.
        verifier = new CodeVerifier();
        code = codeFor(site, CLIENT, verifier, ALL);
        JsonObject tokens = exchange(code, REDIRECT, verifier.getValue(), 200);
        assertEquals("invalid_grant", exchange(code, REDIRECT, verifier.getValue(), 400).getString("error"));
        problem(api("GET", "/api/v1/moi", tokens.getString("access_token"), null), 401, "jeton");

        // Access tokens: expired after 10 minutes, forged, unsigned, tampered, absent — all 401, in both languages.
        verifier = new CodeVerifier();
        tokens = exchange(codeFor(site, CLIENT, verifier, ALL), REDIRECT, verifier.getValue(), 200);
        String access = tokens.getString("access_token");
        assertEquals(200, api("GET", "/api/v1/moi", access, null).statusCode());
        problem(api("GET", "/api/v1/moi", forged(access), null), 401, "jeton");
        problem(api("GET", "/api/v1/moi", unsigned(access), null), 401, "jeton");
        problem(api("GET", "/api/v1/moi", tampered(access), null), 401, "jeton");
        problem(api("GET", "/api/v1/moi", null, null), 401, "jeton");
        HttpResponse<String> english = send(HttpRequest.newBuilder(URI.create(base + "api/v1/moi"))
                .header("Accept-Language", "en-GB,en;q=0.8").GET().build());
        assertEquals("Missing or invalid token", json(english, 401).getString("title"));
        // The claims system's HTTP Basic does not open the applications' API, nor a token the claims' API.
        problem(send(HttpRequest.newBuilder(URI.create(base + "api/v1/moi"))
                .header("Authorization", site.claimsSystem()).GET().build()), 401, "jeton");
        assertEquals(401, api("POST", "/api/paiements", access, "[]").statusCode());
        site.advanceClock(601);
        problem(api("GET", "/api/v1/moi", access, null), 401, "jeton");
        // ...but its refresh token still renews it.
        assertEquals(200, api("GET", "/api/v1/moi", refresh(tokens.getString("refresh_token"), 200)
                .getString("access_token"), null).statusCode());
    }

    @Test
    void scopesOwnersBadInputAndBudgets() {
        Site site = newSite();
        Person owner = People.fresh(false);
        Accounts.openWithoutEmail(site, owner, CODE);
        String reference = "PAY-API-" + System.nanoTime();
        site.support("payment", Map.of("nir", owner.nir13(), "reference", reference, "careDate",
                LocalDate.now(ClockProducer.ZONE).minusDays(12).toString(), "amount", "21.00", "status", "PAID"));
        String paymentId = Site.text(site.get("/test-support/payment-id?reference=" + reference));
        Accounts.login(site, owner.nir13(), CODE);
        CodeVerifier verifier = new CodeVerifier();
        String ownerToken = exchange(codeFor(site, CLIENT, verifier, ALL), REDIRECT, verifier.getValue(), 200)
                .getString("access_token");
        JsonObject detail = json(api("GET", "/api/v1/paiements/" + paymentId, ownerToken, null), 200);
        assertEquals(reference, detail.getString("reference"));
        String paidTo = detail.getString("paidTo").replace(" ", "");
        assertTrue(paidTo.endsWith("0189") && !paidTo.contains("30006"), detail.toString());
        long thread = json(api("POST", "/api/v1/fils", ownerToken,
                "{\"subject\":\"OTHER\",\"text\":\"Question\"}"), 201).getJsonNumber("id").longValue();

        Site other = newSite();
        Person stranger = People.fresh(false);
        Accounts.openWithoutEmail(other, stranger, CODE);
        Accounts.login(other, stranger.nir13(), CODE);
        verifier = new CodeVerifier();
        String strangerToken = exchange(codeFor(other, CLIENT, verifier, ALL), REDIRECT, verifier.getValue(), 200)
                .getString("access_token");
        problem(api("GET", "/api/v1/paiements/" + paymentId, strangerToken, null), 404, "introuvable");
        problem(api("GET", "/api/v1/fils/" + thread, strangerToken, null), 404, "introuvable");
        problem(api("POST", "/api/v1/fils/" + thread + "/messages", strangerToken, "{\"text\":\"Intrus\"}"), 404,
                "introuvable");
        problem(api("GET", "/api/v1/demarches/D-0000-INCONNUE", strangerToken, null), 404, "introuvable");

        // A token without the scope: 403, insufficient_scope.
        verifier = new CodeVerifier();
        String readOnly = exchange(codeFor(site, CLIENT, verifier, "paiements"), REDIRECT, verifier.getValue(), 200)
                .getString("access_token");
        HttpResponse<String> refused = api("GET", "/api/v1/moi", readOnly, null);
        problem(refused, 403, "portee");
        assertTrue(refused.headers().firstValue("WWW-Authenticate").orElse("").contains("insufficient_scope"));
        problem(api("POST", "/api/v1/fils", readOnly, "{\"subject\":\"OTHER\",\"text\":\"x\"}"), 403, "portee");

        // Bad input: nothing written, a problem detail each time, never a 500.
        String before = site.counts();
        problem(api("POST", "/api/v1/fils", ownerToken, "{\"subject\":\"OTHER\",\"text\":"), 400, "json-invalide");
        problem(api("POST", "/api/v1/fils", ownerToken, "{\"subject\":5,\"text\":[1,2]}"), 400, "json-invalide");
        problem(api("POST", "/api/v1/fils", ownerToken, "{\"subject\":\"INCONNU\",\"text\":\"x\"}"), 400, "json-invalide");
        problem(api("POST", "/api/v1/fils", ownerToken, "[".repeat(5000)), 400, "json-invalide");
        problem(api("POST", "/api/v1/fils", ownerToken, "{\"subject\":\"PAYMENT_REPORT\",\"text\":\"x\"}"), 422, "refuse");
        problem(api("POST", "/api/v1/fils", ownerToken, "{\"subject\":\"OTHER\",\"text\":\"x\",\"files\":"
                + "[{\"name\":\"a.pdf\",\"content\":\"pas du base64 !\"}]}"), 400, "json-invalide");
        problem(api("POST", "/api/v1/cartes-europeennes/commandes", ownerToken,
                "{\"beneficiaries\":[\"moi\"],\"departure\":\"demain\"}"), 400, "json-invalide");
        // 10 MB: refused on its declared length, unread.
        String huge = RawHttp.exchange(base, "POST /api/v1/cartes-europeennes/commandes HTTP/1.1\r\nHost: "
                + base.getHost() + "\r\nAuthorization: Bearer " + ownerToken + "\r\nContent-Type: application/json"
                + "\r\nContent-Length: " + 10 * 1024 * 1024 + "\r\n\r\n", "{\"beneficiaries\":[".getBytes(StandardCharsets.US_ASCII));
        assertTrue(huge.startsWith("HTTP/1.1 413") && huge.contains("application/problem+json")
                && huge.contains("urn:compte-assure:probleme:trop-volumineux"), huge);
        problem(api("GET", "/api/v1/paiements?du=novembre", ownerToken, null), 400, "requete-invalide");
        problem(api("GET", "/api/v1/paiements/abc", ownerToken, null), 404, "introuvable");
        problem(api("GET", "/api/v1/nulle-part", ownerToken, null), 404, "introuvable");
        problem(api("DELETE", "/api/v1/moi", ownerToken, null), 405, "methode");
        problem(send(HttpRequest.newBuilder(URI.create(base + "api/v1/fils")).header("Authorization", "Bearer " + ownerToken)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("x")).build()), 415,
                "corps-json");
        assertEquals(before, site.counts());

        // The API's description, published by MicroProfile OpenAPI as committed.
        HttpResponse<String> openapi = send(HttpRequest.newBuilder(URI.create(base + "openapi?format=JSON")).GET().build());
        assertEquals(200, openapi.statusCode());
        JsonObject described = json(openapi, 200);
        assertTrue(described.getJsonObject("paths").containsKey("/api/v1/paiements/{id}"), openapi.body());
        assertTrue(described.getJsonObject("components").getJsonObject("securitySchemes").containsKey("oauth2"));

        // Budgets: the token's calls per hour (60 in the tests), then 429 with Retry-After.
        int status = 200;
        for (int i = 0; i < 70 && status != 429; i++) {
            status = api("GET", "/api/v1/demarches", strangerToken, null).statusCode();
        }
        HttpResponse<String> tooMany = api("GET", "/api/v1/demarches", strangerToken, null);
        problem(tooMany, 429, "trop-d-appels");
        assertTrue(tooMany.headers().firstValue("Retry-After").isPresent());
        assertEquals(200, api("GET", "/api/v1/demarches", ownerToken, null).statusCode());
    }

    /**
     * The notices: the preferences read and changed with the description's own example, the letters written to the
     * person, and every bad body refused as a problem detail with nothing written.
     */
    @Test
    void noticesPreferencesAndLetters() {
        Site site = loggedInWithoutEmail(People.fresh(false));
        CodeVerifier verifier = new CodeVerifier();
        String token = exchange(codeFor(site, CLIENT, verifier, ALL), REDIRECT, verifier.getValue(), 200)
                .getString("access_token");

        JsonObject preferences = json(api("GET", "/api/v1/avis/preferences", token, null), 200);
        assertEquals(Json.createObjectBuilder().add("PAYMENT", "EMAIL").add("REPLY", "EMAIL").add("DEMARCHE", "EMAIL")
                .add("DOCUMENT", "EMAIL").add("REMINDER", "EMAIL").build(), preferences.getJsonObject("channels"));
        assertFalse(preferences.getBoolean("paperless"));
        assertFalse(preferences.containsKey("paperlessSince"), preferences.toString());

        // The description's example of a change, sent as it is, answers what its example of an answer says.
        JsonObject put = json(send(HttpRequest.newBuilder(URI.create(base + "openapi?format=JSON")).GET().build()), 200)
                .getJsonObject("paths").getJsonObject("/api/v1/avis/preferences").getJsonObject("put");
        JsonObject example = put.getJsonObject("requestBody").getJsonObject("content")
                .getJsonObject("application/json").getJsonObject("example");
        JsonObject answerExample = put.getJsonObject("responses").getJsonObject("200").getJsonObject("content")
                .getJsonObject("application/json").getJsonObject("example");
        JsonObject changed = json(api("PUT", "/api/v1/avis/preferences", token, example.toString()), 200);
        assertEquals(answerExample.getJsonObject("channels"), changed.getJsonObject("channels"));
        assertTrue(changed.getBoolean("paperless"));
        assertTrue(changed.containsKey("paperlessSince"), changed.toString());
        assertEquals(changed, json(api("GET", "/api/v1/avis/preferences", token, null), 200));

        // Bad bodies: a problem detail each, never a 500, nothing written.
        String before = site.counts();
        String path = "/api/v1/avis/preferences";
        problem(api("PUT", path, token, "{\"channels\":{\"PAYMENT\":"), 400, "json-invalide");
        problem(api("PUT", path, token, "{\"channels\":5,\"paperless\":\"oui\"}"), 400, "json-invalide");
        problem(api("PUT", path, token, "{\"channels\":[\"EMAIL\"],\"paperless\":true}"), 400, "json-invalide");
        problem(api("PUT", path, token, "{\"channels\":{\"PAYMENT\":\"<script>alert(1)</script>\"},"
                + "\"paperless\":true}"), 400, "json-invalide");
        problem(api("PUT", path, token, "{\"channels\":{\"😀\":\"EMAIL\"},\"paperless\":true}"), 400,
                "json-invalide");
        problem(api("PUT", path, token, "{\"channels\":{\"PAYMENT\":\"EMAIL\"}}"), 400, "json-invalide");
        problem(api("PUT", path, token, "[".repeat(5000)), 400, "json-invalide");
        problem(api("PUT", path, token, ""), 400, "json-invalide");
        // Well formed, but refused by the rules: a kind missing; e-mail alone without the consent (in English too).
        problem(api("PUT", path, token, "{\"channels\":{\"PAYMENT\":\"LETTER\"},\"paperless\":true}"), 422, "refuse");
        String withoutConsent = example.toString().replace("\"paperless\":true", "\"paperless\":false");
        JsonObject refused = json(api("PUT", path, token, withoutConsent), 422);
        assertTrue(refused.getString("detail").contains("courriel remplace le courrier papier"), refused.toString());
        HttpResponse<String> english = send(HttpRequest.newBuilder(URI.create(base + path.substring(1)))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Accept-Language", "en").PUT(HttpRequest.BodyPublishers.ofString(withoutConsent)).build());
        problem(english, 422, "refuse");
        assertTrue(json(english, 422).getString("detail").contains("e-mail replaces paper"), english.body());
        String huge = RawHttp.exchange(base, "PUT " + path + " HTTP/1.1\r\nHost: " + base.getHost()
                + "\r\nAuthorization: Bearer " + token + "\r\nContent-Type: application/json\r\nContent-Length: "
                + 10 * 1024 * 1024 + "\r\n\r\n", "{\"channels\":{".getBytes(StandardCharsets.US_ASCII));
        assertTrue(huge.startsWith("HTTP/1.1 413") && huge.contains("urn:compte-assure:probleme:trop-volumineux"), huge);
        problem(send(HttpRequest.newBuilder(URI.create(base + path.substring(1))).header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/plain").PUT(HttpRequest.BodyPublishers.ofString("x")).build()), 415,
                "corps-json");
        problem(api("POST", path, token, example.toString()), 405, "methode");
        assertEquals(before, site.counts());
        assertEquals(changed, json(api("GET", path, token, null), 200));

        // The letters written to the person: the example asks for replies by e-mail and by letter too, so an
        // adviser's reply writes a letter (the person has no address: the letter alone).
        assertEquals("[]", api("GET", "/api/v1/avis/courriers", token, null).body());
        long thread = json(api("POST", "/api/v1/fils", token, "{\"subject\":\"OTHER\",\"text\":\"Question\"}"), 201)
                .getJsonNumber("id").longValue();
        site.support("reply", Map.of("thread", String.valueOf(thread), "text", "Réponse"));
        HttpResponse<String> letters = api("GET", "/api/v1/avis/courriers", token, null);
        assertEquals(200, letters.statusCode(), letters.body());
        try (var reader = Json.createReader(new StringReader(letters.body()))) {
            var list = reader.readArray();
            assertEquals(1, list.size(), letters.body());
            assertEquals("NEW_REPLY", list.getJsonObject(0).getString("kind"));
            // Not printed yet (null, left out), and nothing but when and what: never an address or a code.
            assertEquals(java.util.Set.of("writtenAt", "kind"), list.getJsonObject(0).keySet());
        }

        // Another application's token without the scope.
        verifier = new CodeVerifier();
        String payments = exchange(codeFor(site, CLIENT, verifier, "paiements"), REDIRECT, verifier.getValue(), 200)
                .getString("access_token");
        problem(api("GET", path, payments, null), 403, "portee");
        problem(api("PUT", path, payments, example.toString()), 403, "portee");
        problem(api("GET", "/api/v1/avis/courriers", payments, null), 403, "portee");
    }

    /**
     * The installable web app: its manifest, the service worker in control, the offline page; an attestation and a
     * European card certificate kept on the device with when they were fetched, shown offline, forgotten at logout.
     */
    private void installableWebApp(WebDriver driver) {
        JsonObject manifest = json(send(HttpRequest.newBuilder(URI.create(base + "manifest.webmanifest")).GET().build()), 200);
        assertEquals("/espace/accueil", manifest.getString("start_url"));
        assertEquals("#1a4fa0", manifest.getString("theme_color"));
        HttpResponse<String> offline = send(HttpRequest.newBuilder(URI.create(base + "hors-ligne.html")).GET().build());
        assertTrue(offline.body().contains("Vous n'êtes pas connecté à Internet"), offline.body());
        driver.get(base + "espace/documents");
        JavascriptExecutor js = (JavascriptExecutor) driver;
        assertTrue(String.valueOf(js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "navigator.serviceWorker.ready.then(r => done(r.active.scriptURL), e => done(String(e)));"))
                .endsWith("/sw.js"));
        // Chromium's own installability check (what Lighthouse's "installable" audit reads): no error at all.
        Object installability = ((ChromeDriver) driver).executeCdpCommand("Page.getInstallabilityErrors", Map.of());
        assertEquals(Map.of("installabilityErrors", java.util.List.of()), installability, String.valueOf(installability));
        driver.findElement(By.xpath("//button[normalize-space()='Garder hors connexion']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Browser.mainText(d).contains("Gardé sur cet appareil (récupéré le "));
        Browser.assertAccessible(driver);
        assertEquals(1L, keptDocuments(js));

        // The European card's provisional certificate (a departure in 5 days), kept the same way.
        driver.get(base + "espace/carte-europeenne");
        driver.findElement(By.xpath("//input[@type='checkbox' and @value='moi']")).click();
        Browser.type(driver, "order:departure", LocalDate.now(ClockProducer.ZONE).plusDays(5).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        Browser.clickAndWait(driver, By.id("order:submit"));
        WebElement certificate = driver.findElement(By.cssSelector("#certificates a[data-garder]"));
        String certificateUrl = certificate.getAttribute("href");
        String certificateTitle = certificate.getText().strip();
        driver.findElement(By.xpath("//div[@id='certificates']//button[normalize-space()='Garder hors connexion']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Browser.mainText(d).contains("Gardé sur cet appareil (récupéré le "));
        Browser.assertAccessible(driver);
        assertEquals(2L, keptDocuments(js));

        // Offline (the page and its service worker): any page is the offline page, which lists both documents
        // with when they were fetched; the kept copy of the certificate is its PDF.
        try (Offline noNetwork = Offline.cut((ChromeDriver) driver)) {
            driver.get(base + "espace/accueil");
            String shown = Browser.mainText(driver);
            assertTrue(shown.contains("Vous n'êtes pas connecté à Internet"), shown);
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Browser.mainText(d).contains(certificateTitle));
            shown = Browser.mainText(driver);
            assertTrue(shown.contains(certificateTitle + " (PDF) — récupéré le "), shown);
            assertTrue(shown.contains("Attestation de droits"), shown);
            assertEquals("%PDF-", js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "caches.open('compte-assure-conserves').then(c => c.match(arguments[0]))"
                    + ".then(r => r.text()).then(t => done(t.substring(0, 5)), e => done(String(e)));", certificateUrl));
            Browser.assertAccessible(driver);
        }
        driver.get(base + "espace/accueil");
        Browser.clickAndWait(driver, By.id("logout:submit"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> keptDocuments(js) == 0L);
    }

    private static long keptDocuments(JavascriptExecutor js) {
        return ((Number) js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "caches.open('compte-assure-conserves').then(c => c.keys()).then(k => done(k.length), e => done(-1));"))
                .longValue();
    }

    // --- the application's side ------------------------------------------------------------------------------

    private static final byte[] TINY_PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages"
            + "/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    /** A new person's account without e-mail, logged in on a new site. */
    private Site loggedInWithoutEmail(Person person) {
        Site site = newSite();
        Accounts.openWithoutEmail(site, person, CODE);
        Accounts.login(site, person.nir13(), CODE);
        return site;
    }

    private String authorizeUrl(String client, String redirect, CodeVerifier verifier, String scope, String state) {
        return base + "oauth/authorize?response_type=code&client_id=" + enc(client) + "&redirect_uri=" + enc(redirect)
                + "&scope=" + enc(scope) + "&state=" + enc(state) + "&code_challenge_method=S256&code_challenge="
                + CodeChallenge.compute(CodeChallengeMethod.S256, verifier).getValue();
    }

    private HttpResponse<String> authorize(Site site, String client, String redirect, CodeVerifier verifier, String scope) {
        return noRedirects(site, authorizeUrl(client, redirect, verifier, scope, "s").substring(base.toString().length() - 1));
    }

    /** A code for this logged-in site's person. */
    private String codeFor(Site site, String client, CodeVerifier verifier, String scope) {
        HttpResponse<String> answer = authorize(site, client, REDIRECT, verifier, scope);
        assertEquals(302, answer.statusCode(), answer.body());
        String code = query(location(answer)).get("code");
        assertNotNull(code, location(answer).toString());
        return code;
    }

    private HttpResponse<String> noRedirects(Site site, String path) {
        HttpClient client = HttpClient.newBuilder().cookieHandler(site.cookies())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        try {
            return client.send(HttpRequest.newBuilder(URI.create(base + path.substring(1))).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonObject exchange(String code, String redirect, String verifier, int status) {
        return token(Map.of("grant_type", "authorization_code", "client_id", CLIENT, "code", code,
                "redirect_uri", redirect, "code_verifier", verifier), status);
    }

    private JsonObject refresh(String refreshToken, int status) {
        return token(Map.of("grant_type", "refresh_token", "client_id", CLIENT, "refresh_token", refreshToken), status);
    }

    private JsonObject token(Map<String, String> form, int status) {
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + "oauth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("User-Agent", "Mozilla/5.0 (Linux; Android 14; Pixel 8) Mobile")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(""));
        return json(answer, status);
    }

    private HttpResponse<String> api(String method, String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path.substring(1)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Accept", "application/json, application/pdf");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        return newSite().send(request);
    }

    private static void problem(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        JsonObject problem = json(response, status);
        assertEquals("urn:compte-assure:probleme:" + code, problem.getString("type"), problem.toString());
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("detail").isBlank());
    }

    private static JsonObject json(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            JsonStructure read = reader.read();
            return read.asJsonObject();
        }
    }

    /** Same claims, signed with another key. */
    private static String forged(String access) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), SignedJWT.parse(access).getJWTClaimsSet());
            jwt.sign(new MACSigner("une-autre-cle-de-signature-de-32-octets!!".getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** {"alg":"none"} with the same claims. */
    private static String unsigned(String access) {
        String[] parts = access.split("\\.");
        return Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8))
                + "." + parts[1] + ".";
    }

    /** The signature of the original, on claims naming another account and a later expiry. */
    private static String tampered(String access) {
        try {
            JWTClaimsSet claims = SignedJWT.parse(access).getJWTClaimsSet();
            JWTClaimsSet other = new JWTClaimsSet.Builder(claims).subject("1").expirationTime(new Date(
                    claims.getExpirationTime().getTime() + 86_400_000L)).build();
            String[] parts = access.split("\\.");
            return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                    other.toString().getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static URI location(HttpResponse<String> response) {
        return URI.create(response.headers().firstValue("Location").orElseThrow(() ->
                new AssertionError("no redirect: " + response.statusCode() + " " + response.body())));
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int equals = pair.indexOf('=');
                parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
