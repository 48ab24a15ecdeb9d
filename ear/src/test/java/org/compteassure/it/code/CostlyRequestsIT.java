package org.compteassure.it.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Map;
import org.compteassure.it.support.Accounts;
import org.compteassure.it.support.ClientTest;
import org.compteassure.it.support.Letters;
import org.compteassure.it.support.Mailbox;
import org.compteassure.it.support.People;
import org.compteassure.it.support.People.Person;
import org.compteassure.it.support.Site;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the forms that send something cost at most (the clock moved, never slept): 3 mails per person in a sliding
 * hour, 2 letters per person in 30 days, 20 requests per address in a sliding hour; beyond that, the same answer and
 * nothing written to the outbox or the print run.
 */
class CostlyRequestsIT extends ClientTest {

    private static final String CODE = "Brume-Ocre-Tulipe-77";
    private static final String ADVISER_PASSWORD = "Conseil-Test-2026!";

    private Site site;

    @BeforeEach
    void fresh() {
        site = newSite();
    }

    @Test
    void theFourthMailOfTheHourIsNotSentTheAnswerIsTheSameAndAnHourLaterItIsSent() {
        Person person = People.fresh(true);
        int mails = Accounts.openByEmail(site, person, CODE);
        site.advanceClock(61 * 60); // the activation link is out of the hour
        String answer = null;
        for (int request = 1; request <= 3; request++) {
            HttpResponse<String> sent = forgotten(person, "EMAIL");
            answer = request == 1 ? Site.text(sent) : answer;
            assertEquals(answer, Site.text(sent));
            assertTrue(Accounts.linkIn(Mailbox.awaitMail(person.email(), ++mails)).contains("/choisir-code"));
        }
        long queued = outbox();
        HttpResponse<String> fourth = forgotten(person, "EMAIL");
        assertTrue(fourth.uri().toString().endsWith("envoye=email"), fourth.uri().toString());
        assertEquals(answer, Site.text(fourth), "the same answer beyond the budget");
        assertEquals(queued, outbox(), "nothing written to the outbox");

        site.advanceClock(61 * 60);
        forgotten(person, "EMAIL");
        assertTrue(Accounts.linkIn(Mailbox.awaitMail(person.email(), mails + 1)).contains("/choisir-code"),
                "an hour later the person has a budget again");
    }

    @Test
    void theThirdLetterInThirtyDaysIsNotWritten() {
        Person person = People.fresh(true);
        Accounts.openByEmail(site, person, CODE);
        String adviser = "courrier-" + person.nir13();
        site.support("staff", Map.of("username", adviser, "password", ADVISER_PASSWORD, "role", "adviser"));
        String answer = Site.text(forgotten(person, "POST"));
        for (int request = 2; request <= 3; request++) {
            assertEquals(answer, Site.text(forgotten(person, "POST")));
        }
        assertEquals(2, lettersFor(person, adviser), "2 letters, not 3");

        site.advanceClock(29L * 24 * 3600);
        forgotten(person, "POST"); // 29 days on: still over
        site.advanceClock(25L * 3600);
        forgotten(person, "POST"); // 30 days and an hour after the first two: one more
        assertEquals(1, lettersFor(person, adviser), "only the letter asked after 30 days");
    }

    @Test
    void theTwentyFirstRequestFromOneAddressInTheHourSendsNothing() {
        Person person = People.fresh(true);
        int mails = Accounts.openByEmail(site, person, CODE);
        site.support("forget-failures", Map.of());
        site.advanceClock(61 * 60);
        String answer = Site.text(forgotten(People.fresh(true), "EMAIL"));
        for (int request = 2; request <= 18; request++) {
            assertEquals(answer, Site.text(forgotten(People.fresh(true), "EMAIL")));
        }
        HttpResponse<String> reactivation = site.submit("/reactiver", "newCode", Map.of("nir", person.nir13(),
                "birthDate", person.birthDateTyped(), "channel", "EMAIL"));
        assertTrue(reactivation.uri().toString().endsWith("envoye=email"), "reactivation counts too");
        forgotten(person, "EMAIL");
        Mailbox.awaitMail(person.email(), ++mails); // the 20th: sent

        long queued = outbox();
        assertEquals(answer, Site.text(forgotten(person, "EMAIL")), "the 21st: the same answer");
        assertEquals(queued, outbox(), "the 21st: nothing sent");
        HttpResponse<String> creation = site.submit("/creer-compte", "create", Map.of("nir", person.nir15(),
                "birthDate", person.birthDateTyped(), "vitale", person.vitale(), "iban", person.ibanEnd(),
                "email", person.email(), "channel", "EMAIL"));
        assertTrue(creation.uri().toString().endsWith("envoye=email"), "creation too: the neutral answer, "
                + "not even « Vous avez déjà un compte »: " + Site.text(creation));
        assertEquals(queued, outbox());

        site.advanceClock(61 * 60);
        forgotten(person, "EMAIL");
        Mailbox.awaitMail(person.email(), mails + 1);
    }

    private HttpResponse<String> forgotten(Person person, String channel) {
        return site.submit("/code-oublie", "newCode", Map.of("nir", person.nir13(), "birthDate",
                person.birthDateTyped(), "channel", channel));
    }

    private long lettersFor(Person person, String adviser) {
        return Arrays.stream(Letters.printRun(base.toString(), adviser, ADVISER_PASSWORD))
                .filter(page -> page.contains(person.givenNames()))
                .count();
    }

    private long outbox() {
        return Arrays.stream(site.counts().split("\n"))
                .filter(line -> line.startsWith("outbound_mail="))
                .mapToLong(line -> Long.parseLong(line.substring("outbound_mail=".length()).strip()))
                .findFirst().orElseThrow();
    }
}
