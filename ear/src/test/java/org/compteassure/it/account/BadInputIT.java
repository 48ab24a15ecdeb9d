package org.compteassure.it.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compteassure.it.support.ClientTest;
import org.compteassure.it.support.Accounts;
import org.compteassure.it.support.Mailbox;
import org.compteassure.it.support.People;
import org.compteassure.it.support.People.Person;
import org.compteassure.it.support.Site;
import org.junit.jupiter.api.Test;

/**
 * Every form, fed what people and attackers type (malformed or wrongly keyed numbers, future dates, 10 000
 * characters, HTML, SQL quotes, emoji, nothing): a French message next to a field, never a 500, nothing stored.
 */
class BadInputIT extends ClientTest {

    private static final List<String> BAD = List.of("12345", "285057505612339", "01/01/2999", "x".repeat(10_000),
            "<script>alert(1)</script>", "' OR '1'='1' --", "😀🏥😀", "");
    /**
     * The inputs the code choice must refuse: those outside 12 to 64 characters. The others (a stranger's NIR, HTML,
     * SQL quotes) are codes ASVS 6.2 allows: any character, no composition rule.
     */
    private static final List<String> BAD_CODES = BAD.stream()
            .filter(bad -> bad.codePointCount(0, bad.length()) < 12 || bad.codePointCount(0, bad.length()) > 64)
            .toList();
    private static final Pattern FIELD_ERROR = Pattern.compile("<span class=\"field-error\" id=\"[^\"]+\">([^<]+)");

    @Test
    void publicFormsRefuseBadInputNextToTheFields() {
        Site site = newSite();
        String before = site.counts();
        for (String bad : BAD) {
            check("/", "login", Map.of("nir", bad, "code", bad), bad);
            check("/creer-compte", "create", fields(bad, "nir", "birthDate", "vitale", "iban", "email"), bad);
            check("/code-oublie", "newCode", fields(bad, "nir", "birthDate"), bad);
            check("/reactiver", "newCode", fields(bad, "nir", "birthDate"), bad);
            check("/conseiller", "staff", Map.of("username", bad, "password", bad), bad);
        }
        assertEquals(before, site.counts(), "refused input stored nothing");
    }

    @Test
    void theCodeChoiceAndTheSecondStepRefuseBadInput() {
        Site site = newSite();
        Person person = People.fresh(true);
        site.register(person);
        site.submit("/creer-compte", "create", Map.of("nir", person.nir15(), "birthDate", person.birthDateTyped(),
                "vitale", person.vitale(), "iban", person.ibanEnd(), "email", person.email(), "channel", "EMAIL"));
        String link = Accounts.linkIn(Mailbox.awaitMail(person.email(), 1));
        String path = link.substring(link.indexOf("/choisir-code"));
        for (String bad : BAD_CODES) {
            HttpResponse<String> refused = site.submit(path, "choose", Map.of("code", bad, "confirmation", bad));
            assertRefused(refused, bad);
        }
        Accounts.chooseCode(site, link, "Brume-Ocre-Tulipe-77");

        Site other = newSite();
        Accounts.login(other, person.nir13(), "Brume-Ocre-Tulipe-77");
        for (String bad : BAD) {
            assertRefused(other.submit("/verification", "verification", Map.of("code", bad)), bad);
        }
    }

    /** Faces' required lets blanks through as typed: the number's own check asks for it, the action never runs. */
    @Test
    void aNumberOfBlanksIsAskedForAgainNextToTheField() {
        Site site = newSite();
        String before = site.counts();
        Person person = People.fresh(true);
        for (String blanks : List.of("   ", "\t\n")) {
            Map<String, String> withBirthDate = new LinkedHashMap<>(Map.of("nir", blanks,
                    "birthDate", person.birthDateTyped(), "channel", "EMAIL"));
            Map<String, String> toCreate = new LinkedHashMap<>(withBirthDate);
            toCreate.putAll(Map.of("vitale", person.vitale(), "iban", person.ibanEnd(), "email", person.email()));
            assertAskedForTheNumber(newSite().submit("/", "login", Map.of("nir", blanks, "code", "Brume-Ocre-Tulipe-77")));
            assertAskedForTheNumber(newSite().submit("/creer-compte", "create", toCreate));
            assertAskedForTheNumber(newSite().submit("/code-oublie", "newCode", withBirthDate));
            assertAskedForTheNumber(newSite().submit("/reactiver", "newCode", withBirthDate));
        }
        assertEquals(before, site.counts(), "refused input stored nothing");
    }

    private static void assertAskedForTheNumber(HttpResponse<String> answer) {
        assertEquals(200, answer.statusCode(), answer.uri() + ": " + Site.text(answer));
        Matcher message = Pattern.compile("<span class=\"field-error\" id=\"nir-error\">([^<]+)").matcher(answer.body());
        assertTrue(message.find(), answer.uri() + ": no message next to the number in " + Site.text(answer));
        assertTrue(message.group(1).contains("Saisissez votre numéro de sécurité sociale"), message.group(1));
    }

    private void check(String path, String form, Map<String, String> fields, String bad) {
        assertRefused(newSite().submit(path, form, fields), bad);
    }

    private static Map<String, String> fields(String value, String... names) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String name : names) {
            fields.put(name, value);
        }
        fields.put("channel", "EMAIL");
        return fields;
    }

    private static void assertRefused(HttpResponse<String> answer, String bad) {
        String what = answer.uri() + " with " + (bad.length() > 40 ? bad.length() + " characters" : "\"" + bad + "\"");
        assertTrue(answer.statusCode() == 200 || answer.statusCode() == 400, what + ": status " + answer.statusCode());
        assertFalse(answer.body().contains("<script>alert(1)</script>"), what + ": HTML came back unescaped");
        assertFalse(answer.body().contains("Exception"), what + ": internals shown");
        Matcher message = FIELD_ERROR.matcher(answer.body());
        boolean besideAField = message.find() && !message.group(1).isBlank();
        boolean summary = answer.body().contains("id=\"error-summary\"");
        assertTrue(besideAField || summary, what + ": no message for the person in " + Site.text(answer));
        assertTrue(Site.text(answer).matches(".*[éèàùç].*|.*(Renseignez|Saisissez|incorrect|code).*"),
                what + ": French message expected");
    }
}
