package org.compteassure.it.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.compteassure.it.support.ClientTest;
import org.compteassure.it.support.Accounts;
import org.compteassure.it.support.People;
import org.compteassure.it.support.People.Person;
import org.compteassure.it.support.Site;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Nothing tells whether a social-security number has an account: for a number with an account and one without,
 * login, forgotten code, reactivation and creation answer with the same status, the same page (but for its
 * tokens), and median times within 10 % of each other over 20 tries each, interleaved.
 */
class EnumerationIT extends ClientTest {

    private static final int TRIES = 20;

    private Site site;
    private Person existing;
    private Person unknown;

    @BeforeEach
    void twoNumbers() {
        site = newSite();
        site.support("forget-failures", Map.of());
        existing = People.fresh(true);
        Accounts.openByEmail(site, existing, "Brume-Ocre-Tulipe-77");
        unknown = People.fresh(true);
    }

    @AfterEach
    void tidy() {
        site.support("forget-failures", Map.of());
    }

    @Test
    void loginWithAWrongCode() {
        compare("login", person -> fresh().submit("/", "login", Map.of("nir", person.nir13(), "code", "Pas-Le-Bon-1")));
    }

    @Test
    void forgottenCode() {
        compare("forgotten code", person -> fresh().submit("/code-oublie", "newCode", Map.of("nir", person.nir13(),
                "birthDate", person.birthDateTyped(), "channel", "EMAIL")));
    }

    @Test
    void reactivation() {
        compare("reactivation", person -> fresh().submit("/reactiver", "newCode", Map.of("nir", person.nir13(),
                "birthDate", person.birthDateTyped(), "channel", "POST")));
    }

    @Test
    void creationWithDetailsThatDoNotMatch() {
        compare("creation", person -> fresh().submit("/creer-compte", "create", Map.of("nir", person.nir15(),
                "birthDate", person.birthDateTyped(), "vitale", "99999999", "iban", person.ibanEnd(),
                "email", person.email(), "channel", "EMAIL")));
    }

    private Site fresh() {
        return newSite();
    }

    private void compare(String form, Function<Person, HttpResponse<String>> request) {
        request.apply(existing);
        request.apply(unknown);
        List<Double> existingTimes = new ArrayList<>();
        List<Double> unknownTimes = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        HttpResponse<String> existingAnswer = null;
        HttpResponse<String> unknownAnswer = null;
        for (int i = 0; i < TRIES; i++) {
            // Untimed: past 20 requests an hour from this address the forms give their over-budget answer, and this
            // test measures the check itself (the over-budget answer is CostlyRequestsIT's).
            site.support("forget-failures", Map.of());
            // Paired and in turn first: whatever else the machine does slows both requests of a pair alike.
            boolean existingFirst = i % 2 == 0;
            long first = System.nanoTime();
            HttpResponse<String> answer = request.apply(existingFirst ? existing : unknown);
            long second = System.nanoTime();
            HttpResponse<String> other = request.apply(existingFirst ? unknown : existing);
            long end = System.nanoTime();
            double existingTime = existingFirst ? second - first : end - second;
            double unknownTime = existingFirst ? end - second : second - first;
            existingAnswer = existingFirst ? answer : other;
            unknownAnswer = existingFirst ? other : answer;
            existingTimes.add(existingTime);
            unknownTimes.add(unknownTime);
            ratios.add(existingTime / unknownTime);
        }
        assertEquals(existingAnswer.statusCode(), unknownAnswer.statusCode(), form + ": status");
        assertEquals(page(existingAnswer), page(unknownAnswer), form + ": page");
        double a = median(existingTimes);
        double b = median(unknownTimes);
        double gap = Math.abs(median(ratios) - 1);
        System.out.printf("%s: median %.1f ms with an account, %.1f ms without (pairs differ by %.1f %%)%n", form,
                a / 1e6, b / 1e6, gap * 100);
        assertTrue(gap <= 0.10, form + ": with an account the answer takes " + median(ratios)
                + " times as long (median of " + TRIES + " pairs), more than 10 % off");
    }

    /** The page without what changes on every answer: the view state and the address it was served at. */
    private static String page(HttpResponse<String> answer) {
        return answer.body().replaceAll("value=\"[^\"]*\" autocomplete=\"off\"", "")
                .replaceAll("name=\"jakarta.faces.ViewState\"[^>]*>", "")
                .replaceAll("(?<=login:nir\" value=\")[^\"]*|(?<=newCode:nir\" value=\")[^\"]*"
                        + "|(?<=create:nir\" value=\")[^\"]*|(?<=:birthDate\" value=\")[^\"]*"
                        + "|(?<=create:iban\" value=\")[^\"]*|(?<=create:email\" value=\")[^\"]*", "");
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return (sorted.get(sorted.size() / 2) + sorted.get((sorted.size() - 1) / 2)) / 2.0;
    }
}
