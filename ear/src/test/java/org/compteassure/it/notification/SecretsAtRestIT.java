package org.compteassure.it.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.compteassure.it.support.Accounts;
import org.compteassure.it.support.ClientTest;
import org.compteassure.it.support.Letters;
import org.compteassure.it.support.Mailbox;
import org.compteassure.it.support.People;
import org.compteassure.it.support.People.Person;
import org.compteassure.it.support.Site;
import org.junit.jupiter.api.Test;

/**
 * No secret at rest in clear: once a mail is delivered or a letter printed, the link, the code it carried and the
 * code the person then chose are in no text column of any table (GET /test-support/scan reads them all).
 */
class SecretsAtRestIT extends ClientTest {

    private static final String CODE = "Lagune-Sépia-Horloge-42";
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    /** Which columns hold the value, waiting a little for the outbox to record a delivery the sink already shows. */
    private String holders(Site site, String value) {
        Instant deadline = Instant.now().plus(PATIENCE);
        String found;
        do {
            found = site.get("/test-support/scan?value=" + URLEncoder.encode(value, StandardCharsets.UTF_8)).body();
        } while (!found.isBlank() && Instant.now().isBefore(deadline) && pause());
        return found;
    }

    private static boolean pause() {
        try {
            Thread.sleep(200);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void theMailedLinkAndTheChosenCodeAreNowhereOnceTheMailIsSent() {
        Person person = People.fresh(true);
        Site site = newSite();
        site.register(person);
        HttpResponse<String> sent = site.submit("/creer-compte", "create", Map.of("nir", person.nir15(),
                "birthDate", person.birthDateTyped(), "vitale", person.vitale(), "iban", person.ibanEnd(),
                "email", person.email(), "channel", "EMAIL"));
        assertTrue(sent.uri().toString().endsWith("envoye=email"), Site.text(sent));
        String link = Accounts.linkIn(Mailbox.awaitMail(person.email(), 1));
        String token = URI.create(link).getQuery().replaceFirst("^jeton=", "");
        assertTrue(token.length() >= 20, token);
        assertEquals("", holders(site, token), "the link's token, once the mail is sent");

        Accounts.chooseCode(site, link, CODE);
        Mailbox.awaitMail(person.email(), 2);
        assertEquals("", holders(site, CODE), "the chosen code is only hashed");
    }

    @Test
    void theProvisionalCodeOfALetterIsNowhereOnceTheLetterIsPrinted() {
        Person person = People.fresh(true);
        Site site = newSite();
        site.register(person);
        String adviser = "courrier-" + person.nir13();
        site.support("staff", Map.of("username", adviser, "password", "Conseil-Test-2026!", "role", "adviser"));
        HttpResponse<String> sent = site.submit("/creer-compte", "create", Map.of("nir", person.nir15(),
                "birthDate", person.birthDateTyped(), "vitale", person.vitale(), "iban", person.ibanEnd(),
                "email", person.email(), "channel", "POST"));
        assertTrue(Site.text(sent).contains("courrier"), Site.text(sent));

        String provisional = Letters.codeFor(Letters.printRun(base.toString(), adviser, "Conseil-Test-2026!"),
                person.givenNames());
        assertEquals("", site.get("/test-support/scan?value=" + provisional).body(), "printed: the code is on paper only");
        assertEquals("", site.get("/test-support/scan?value=Conseil-Test-2026!").body(), "nor a staff password");
    }
}
