package org.compteassure.it.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compteassure.service.notification.DevMailbox.ReceivedMail;

/** Arranging accounts over HTTP, the way a person would, for tests whose subject is what comes after. */
public final class Accounts {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/choisir-code\\?jeton=[A-Za-z0-9_-]+");
    private static final Pattern SIX_DIGITS = Pattern.compile("\\b(\\d{6})\\b");

    private Accounts() {
    }

    /** A person in the register with an active account and this code, opened by e-mail; returns mails seen. */
    public static int openByEmail(Site site, People.Person person, String code) {
        site.register(person);
        HttpResponse<String> sent = create(site, person, person.email());
        assertTrue(sent.uri().toString().endsWith("envoye=email"), Site.text(sent));
        chooseCode(site, linkIn(Mailbox.awaitMail(person.email(), 1)), code);
        Mailbox.awaitMail(person.email(), 2);
        return 2;
    }

    /** A person in the register with an active account, no e-mail address (no second step) and this code. */
    public static void openWithoutEmail(Site site, People.Person person, String code) {
        site.register(person);
        site.support("account-without-email", Map.of("nir", person.nir13(), "code", code));
    }

    /** "Je crée mon compte" with the person's true details and this address, for a link by e-mail. */
    public static HttpResponse<String> create(Site site, People.Person person, String email) {
        return site.submit("/creer-compte", "create", Map.of("nir", person.nir15(), "birthDate",
                person.birthDateTyped(), "vitale", person.vitale(), "iban", person.ibanEnd(), "email", email,
                "channel", "EMAIL"));
    }

    /**
     * Follows a code-choice link and chooses this code; the person is then logged in. "Déconnecter mes autres
     * appareils" is left unticked, as a client that sends only the fields it names does.
     */
    public static HttpResponse<String> chooseCode(Site site, String link, String code) {
        return chooseCode(site, link, code, false);
    }

    /** As {@link #chooseCode(Site, String, String)}, with "Déconnecter mes autres appareils" ticked or not. */
    public static HttpResponse<String> chooseCode(Site site, String link, String code, boolean endOtherSessions) {
        Map<String, String> fields = new HashMap<>(Map.of("code", code, "confirmation", code));
        if (endOtherSessions) {
            fields.put("endOthers", "on");
        }
        HttpResponse<String> chosen = site.submit(URI.create(link).getRawPath() + "?" + URI.create(link).getRawQuery(),
                "choose", fields);
        assertTrue(chosen.uri().getPath().endsWith("/espace/securite"), Site.text(chosen));
        return chosen;
    }

    public static String linkIn(ReceivedMail mail) {
        Matcher link = LINK.matcher(mail.text());
        assertTrue(link.find(), "a code-choice link in: " + mail.text());
        return link.group();
    }

    public static String loginCodeIn(ReceivedMail mail) {
        Matcher code = SIX_DIGITS.matcher(mail.text());
        assertTrue(code.find(), "a 6-digit code in: " + mail.text());
        return code.group(1);
    }

    /** Logs in with number and code, then the e-mailed code (the {@code mailNumber}-th mail), trusting the browser or not. */
    public static HttpResponse<String> loginWithMailedCode(Site site, People.Person person, String code, int mailNumber,
                                                           boolean trustBrowser) {
        HttpResponse<String> second = login(site, person.nir13(), code);
        assertTrue(second.uri().getPath().endsWith("/verification"), Site.text(second));
        Map<String, String> fields = new HashMap<>(Map.of("code",
                loginCodeIn(Mailbox.awaitMail(person.email(), mailNumber))));
        if (trustBrowser) {
            fields.put("trust", "on");
        }
        return site.submit("/verification", "verification", fields);
    }

    /** Types number and code at "/"; returns the page it lands on. */
    public static HttpResponse<String> login(Site site, String nir, String code) {
        return site.submit("/", "login", Map.of("nir", nir, "code", code));
    }

    /** Logs in in the browser with number and code, then the e-mailed code (the {@code mailNumber}-th mail). */
    public static void loginInBrowser(org.openqa.selenium.WebDriver driver, String base, People.Person person,
                                      String code, int mailNumber) {
        driver.get(base);
        Browser.type(driver, "login:nir", person.nir13());
        Browser.type(driver, "login:code", code);
        Browser.clickAndWait(driver, org.openqa.selenium.By.id("login:submit"));
        Browser.type(driver, "verification:code", loginCodeIn(Mailbox.awaitMail(person.email(), mailNumber)));
        Browser.clickAndWait(driver, org.openqa.selenium.By.id("verification:submit"));
    }
}
