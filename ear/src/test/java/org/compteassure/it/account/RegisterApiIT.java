package org.compteassure.it.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Map;
import org.compteassure.it.support.ClientTest;
import org.compteassure.it.support.People;
import org.compteassure.it.support.People.Person;
import org.compteassure.it.support.Site;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** PUT /api/assures/{nir}: the claims system's upsert, idempotent, all-or-nothing, for its role only. */
class RegisterApiIT extends ClientTest {

    private Site site;
    private String claims;

    @BeforeEach
    void claimsSystem() {
        site = newSite();
        claims = site.claimsSystem();
    }

    @Test
    void createsThenUpdatesIdempotently() {
        Person person = People.fresh(true);
        String json = person(person, "DURAND", person.iban(), "[{\"familyName\":\"DURAND\",\"givenNames\":\"Zoé\","
                + "\"birthDate\":\"2016-04-02\"}]");
        HttpResponse<String> created = put(person.nir15(), json, claims);
        assertEquals(201, created.statusCode(), created.body());
        String afterCreate = site.counts();
        HttpResponse<String> again = put(person.nir13(), json, claims);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(afterCreate, site.counts(), "the same call twice changes nothing");
        assertEquals(200, put(person.nir13(), person(person, "DURAND-MARTIN", person.iban(), "[]"), claims).statusCode());
        HttpResponse<String> abroad = put(person.nir13(), person(person, "DURAND-MARTIN", person.iban(), "[]")
                .replace("\"city\":\"PARIS\"", "\"city\":\"BRUXELLES\",\"country\":\"Belgique\""), claims);
        assertEquals(200, abroad.statusCode(), "a known country in any case: " + abroad.body());
    }

    @Test
    void refusesBadInputWithFieldErrorsAndWritesNothing() {
        Person person = People.fresh(true);
        String before = site.counts();
        assertFieldError(put("12345", person(person, "DURAND", person.iban(), "[]"), claims), "nir");
        HttpResponse<String> wrongIban = put(person.nir13(), person(person, "DURAND", "FR7630006000011234567890188", "[]"), claims);
        assertFieldError(wrongIban, "iban");
        assertTrue(wrongIban.body().contains("RIB"), "the message is French: " + wrongIban.body());
        assertFieldError(put(person.nir13(), person(person, "x".repeat(10_000), person.iban(), "[]"), claims), "familyName");
        assertFieldError(put(person.nir13(), "{\"familyName\": ", claims), "body");
        assertFieldError(put(person.nir13(), person(person, "DURAND", person.iban(),
                "[{\"familyName\":\"DURAND\",\"givenNames\":\"\",\"birthDate\":\"2999-01-01\"}]"), claims), "beneficiaries");
        assertFieldError(put(person.nir13(), person(person, "DURAND", person.iban(), "null"), claims), "beneficiaries");
        HttpResponse<String> unknownCountry = put(person.nir13(), person(person, "DURAND", person.iban(), "[]")
                .replace("\"city\":\"PARIS\"", "\"city\":\"PARIS\",\"country\":\"ATLANTIDE\""), claims);
        assertFieldError(unknownCountry, "address.country\"");
        assertTrue(unknownCountry.body().contains("pays"), "the message is French: " + unknownCountry.body());
        assertEquals(before, site.counts(), "nothing half-written");
    }

    @Test
    void aChildOfTwoInsuredParentsIsOneChildWithBoth() {
        Person first = People.fresh(true);
        Person second = People.fresh(true);
        String zoe = "{\"familyName\":\"DURAND\",\"givenNames\":\"Zoé\",\"birthDate\":\"2016-04-02\"";
        assertEquals(201, put(first.nir13(), person(first, "DURAND", first.iban(), "[" + zoe + "}]"), claims).statusCode());
        String withOtherParent = person(second, "MARTIN", second.iban(),
                "[" + zoe + ",\"otherParent\":\"" + first.nir15() + "\"}]");
        long children = count("beneficiary");
        assertEquals(201, put(second.nir13(), withOtherParent, claims).statusCode());
        assertEquals(children, count("beneficiary"), "the same child, not a copy");
        assertTrue(details(second).contains("children=Zoé/" + first.nir13()), details(second));
        assertTrue(details(first).contains("children=Zoé/" + first.nir13()), details(first));
        String after = site.counts();
        assertEquals(200, put(second.nir13(), withOtherParent, claims).statusCode());
        assertEquals(after, site.counts(), "the same call twice changes nothing");

        assertFieldError(put(second.nir13(), person(second, "MARTIN", second.iban(),
                "[" + zoe + ",\"otherParent\":\"12345\"}]"), claims), "beneficiaries");
    }

    @Test
    void onlyTheClaimsSystemMayCall() {
        Person person = People.fresh(true);
        String json = person(person, "DURAND", person.iban(), "[]");
        assertEquals(401, put(person.nir13(), json, null).statusCode());
        assertEquals(401, put(person.nir13(), json, Site.basic("liquidation", "mauvais")).statusCode());
        String adviser = "conseil-" + System.nanoTime();
        site.support("staff", Map.of("username", adviser, "password", "Conseil-Test-2026!", "role", "adviser"));
        // The API tries only claims-system accounts: an adviser's password is no credential there (not even a 403).
        assertEquals(401, put(person.nir13(), json, Site.basic(adviser, "Conseil-Test-2026!")).statusCode());
    }

    private long count(String table) {
        return Arrays.stream(site.counts().split("\\s+")).filter(line -> line.startsWith(table + "="))
                .mapToLong(line -> Long.parseLong(line.substring(table.length() + 1))).findFirst().orElseThrow();
    }

    @Test
    void rightsAreKeptAsTheRegisterStatesThemAndCheckedFirst() {
        Person person = People.fresh(true);
        String rights = "\"rights\":{\"regime\":\"GENERAL\",\"fundCode\":\"751\",\"fundName\":\"CPAM de Paris\","
                + "\"start\":\"2024-01-01\",\"end\":\"2027-12-31\",\"doctor\":\"Dr Ana PIRES\"},";
        String before = site.counts();
        assertFieldError(put(person.nir13(), person(person, "DURAND", person.iban(), "[]").replace("\"beneficiaries\"",
                rights.replace("2027-12-31", "2023-12-31") + "\"beneficiaries\""), claims), "rights.period");
        assertFieldError(put(person.nir13(), person(person, "DURAND", person.iban(), "[]").replace("\"beneficiaries\"",
                rights.replace("751", "sept") + "\"beneficiaries\""), claims), "rights.fundCode");
        assertEquals(before, site.counts(), "nothing written");

        String child = "[{\"familyName\":\"DURAND\",\"givenNames\":\"Zoé\",\"birthDate\":\"2016-04-02\","
                + rights.replace(",\"end\":\"2027-12-31\"", "").replaceAll(",$", "") + "}]";
        HttpResponse<String> created = put(person.nir13(), person(person, "DURAND", person.iban(), child)
                .replace("\"beneficiaries\"", rights + "\"beneficiaries\""), claims);
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(details(person).contains("rights=GENERAL/751/CPAM de Paris/2024-01-01/2027-12-31"), details(person));
        assertEquals(200, put(person.nir13(), person(person, "DURAND", person.iban(), "[]"), claims).statusCode());
        assertTrue(details(person).contains("rights=null"), "sent without: none on file " + details(person));
    }

    private String details(Person person) {
        return site.get("/test-support/details?nir=" + person.nir13()).body();
    }

    private static void assertFieldError(HttpResponse<String> answer, String field) {
        assertEquals(400, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("\"field\":\"" + field), field + " expected in " + answer.body());
    }

    private static String person(Person person, String familyName, String iban, String children) {
        return "{\"familyName\":\"" + familyName + "\",\"givenNames\":\"" + person.givenNames() + "\","
                + "\"birthDate\":\"" + person.birthDate() + "\",\"sex\":\"F\","
                + "\"address\":{\"line1\":\"4 RUE DES TESTS\",\"postalCode\":\"75014\",\"city\":\"PARIS\"},"
                + "\"iban\":\"" + iban + "\",\"vitaleSerial\":\"" + person.vitale() + "\",\"email\":\"" + person.email()
                + "\",\"beneficiaries\":" + children + "}";
    }

    private HttpResponse<String> put(String nir, String json, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "api/assures/" + nir))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return site.send(request.build());
    }
}
