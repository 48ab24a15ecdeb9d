package org.compteassure.it.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.compteassure.it.support.ClientTest;
import org.compteassure.it.support.Accounts;
import org.compteassure.it.support.Mailbox;
import org.compteassure.it.support.People;
import org.compteassure.it.support.People.Person;
import org.compteassure.it.support.Site;
import org.junit.jupiter.api.Test;

/** Session and device cookies (HttpOnly, SameSite, Secure over HTTPS) and forms that a forged post cannot drive. */
class CookiesAndFormsIT extends ClientTest {

    private static final String CODE = "Brume-Ocre-Tulipe-77";

    @Test
    void theSessionAndDeviceCookiesAreHttpOnlyAndSameSite() {
        Site site = newSite();
        Person person = People.fresh(true);
        int mails = Accounts.openByEmail(site, person, CODE);
        Site browser = newSite();
        Accounts.login(browser, person.nir13(), CODE);
        HttpResponse<String> trusted = browser.submit("/verification", "verification", Map.of(
                "code", Accounts.loginCodeIn(Mailbox.awaitMail(person.email(), mails + 1)), "trust", "on"));
        assertTrue(trusted.uri().getPath().endsWith("/espace/accueil"));
        String device = setCookie(trusted, "ca_appareil").orElseThrow(() -> new AssertionError("no device cookie"));
        assertTrue(device.contains("HttpOnly") && device.contains("SameSite=Lax"), device);
        assertTrue(device.contains("Max-Age=2592000"), "trusted for 30 days: " + device);
        assertFalse(device.toLowerCase().contains("secure"), "plain HTTP here");

        String session = setCookie(trusted, "JSESSIONID").orElseThrow(() -> new AssertionError("session id not renewed at login"));
        assertTrue(session.contains("HttpOnly") && session.contains("SameSite=Lax"), session);
    }

    @Test
    void overHttpsTheSessionCookieIsSecure() throws Exception {
        HttpClient https = HttpClient.newBuilder().sslContext(trustingTheServersOwnCertificate()).build();
        HttpResponse<String> page = https.send(HttpRequest.newBuilder(URI.create("https://" + base.getHost() + ":" + System.getProperty("it.https.port", "8443") + "/"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertTrue(cookie.toLowerCase().contains("; secure") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
                cookie);
    }

    @Test
    void aForgedPostCannotCloseAnAccount() {
        Site victim = newSite();
        Person person = accountWithoutEmail(victim);
        assertTrue(Accounts.login(victim, person.nir13(), CODE).uri().getPath().endsWith("/espace/accueil"));

        // The attacker's page posts the close form into the victim's session, with a view state of its own.
        Site attacker = newSite();
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(attacker.get("/").body());
        assertTrue(state.find());
        HttpResponse<String> forged = victim.post(URI.create(base + "espace/securite"), Map.of("close", "close",
                "close:code", CODE, "close:submit", "x", "jakarta.faces.ViewState", state.group(1)));
        assertTrue(Site.text(forged).contains("Page expirée"), Site.text(forged));
        assertEquals(400, forged.statusCode(), "a view state this session does not hold is a bad request");
        assertEquals(200, victim.get("/espace/accueil").statusCode());
        assertTrue(victim.get("/espace/accueil").uri().getPath().endsWith("/espace/accueil"), "still open");
    }

    @Test
    void aForeignOrMadeUpViewStateGetsTheFrenchExpiredPageWith400() {
        Site attacker = newSite();
        Matcher foreign = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(attacker.get("/creer-compte").body());
        assertTrue(foreign.find());
        Person person = People.fresh(false);
        for (String state : List.of(foreign.group(1), "-4242424242424242424:-4242424242424242424", "forged")) {
            Site site = newSite();
            site.get("/");
            HttpResponse<String> answer = site.post(URI.create(base.toString()), Map.of("login", "login",
                    "login:nir", person.nir13(), "login:code", CODE, "login:submit", "x",
                    "jakarta.faces.ViewState", state));
            assertEquals(400, answer.statusCode(), state + ": " + Site.text(answer));
            assertTrue(Site.text(answer).contains("Page expirée"), Site.text(answer));
            assertTrue(Site.text(answer).contains("recommencez votre démarche"), Site.text(answer));
            assertFalse(answer.body().contains("Exception"), "internals shown");
        }
    }

    @Test
    void onlyASuccessfulLoginRemembersTheNumber() {
        Person person = accountWithoutEmail(newSite());
        Site browser = newSite();
        HttpResponse<String> failed = browser.submit("/", "login", Map.of("nir", person.nir13(),
                "code", "Mauvais-Code-1", "remember", "on"));
        assertTrue(Site.text(failed).contains("incorrect"), Site.text(failed));
        assertEquals(Optional.empty(), setCookie(failed, "ca_nir"), "a failed login remembers nothing");
        assertFalse(browser.get("/").body().contains(person.nir13()), "the number is not offered again");

        HttpResponse<String> loggedIn = browser.submit("/", "login", Map.of("nir", person.nir13(), "code", CODE,
                "remember", "on"));
        assertTrue(loggedIn.uri().getPath().endsWith("/espace/accueil"), loggedIn.uri().toString());
        String remembered = setCookie(loggedIn, "ca_nir").orElseThrow(() -> new AssertionError("number not remembered"));
        assertTrue(remembered.startsWith("ca_nir=" + person.nir13() + ";"), remembered);
        assertTrue(remembered.contains("HttpOnly") && remembered.contains("SameSite=Lax"), remembered);
    }

    /** An account with code {@link #CODE} and no e-mail address: its login needs no second step. */
    private static Person accountWithoutEmail(Site site) {
        Person person = People.fresh(false);
        Accounts.openWithoutEmail(site, person, CODE);
        return person;
    }

    private static Optional<String> setCookie(HttpResponse<?> response, String name) {
        for (HttpResponse<?> r = response; r != null; r = r.previousResponse().orElse(null)) {
            List<String> cookies = r.headers().allValues("Set-Cookie");
            Optional<String> found = cookies.stream().filter(c -> c.startsWith(name + "=")).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** WildFly's HTTPS listener uses a certificate it generates itself: trusted here, for this loopback test only. */
    private static SSLContext trustingTheServersOwnCertificate() throws Exception {
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {trustAll}, null);
        return context;
    }
}
