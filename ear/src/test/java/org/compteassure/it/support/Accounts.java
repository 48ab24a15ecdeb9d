package org.compteassure.it.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
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
        HttpResponse<String> sent = site.submit("/creer-compte", "create", Map.of("nir", person.nir15(),
                "birthDate", person.birthDateTyped(), "vitale", person.vitale(), "iban", person.ibanEnd(),
                "email", person.email(), "channel", "EMAIL"));
        assertTrue(sent.uri().toString().endsWith("envoye=email"), Site.text(sent));
        chooseCode(site, linkIn(Mailbox.awaitMail(person.email(), 1)), code);
        Mailbox.awaitMail(person.email(), 2);
        return 2;
    }

    /** Follows a code-choice link and chooses this code; the person is then logged in. */
    public static HttpResponse<String> chooseCode(Site site, String link, String code) {
        HttpResponse<String> chosen = site.submit(URI.create(link).getRawPath() + "?" + URI.create(link).getRawQuery(),
                "choose", Map.of("code", code, "confirmation", code));
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

    /** Types number and code at "/"; returns the page it lands on. */
    public static HttpResponse<String> login(Site site, String nir, String code) {
        return site.submit("/", "login", Map.of("nir", nir, "code", code));
    }
}
