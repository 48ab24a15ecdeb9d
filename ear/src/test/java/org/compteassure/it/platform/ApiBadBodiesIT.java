package org.compteassure.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.compteassure.it.support.ClientTest;
import org.compteassure.it.support.People;
import org.compteassure.it.support.Site;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every /api endpoint (register, payment feed, card status, démarche status) answers a malformed body with 400 (413 when oversized)
 * and a French reason, never 500 nor a Java message, and writes nothing.
 */
class ApiBadBodiesIT extends ClientTest {

    private static final String DEEP = "[".repeat(1000) + "]".repeat(1000);
    private static final String DEEP_OBJECT = "{\"a\":".repeat(1000) + "1" + "}".repeat(1000);
    /** Bodies no endpoint can read; the deep ones once made the parser overflow its stack. */
    private static final List<String> MALFORMED = List.of(DEEP, DEEP_OBJECT,
            "{\"familyName\":" + DEEP + "}", "{\"statut\":" + DEEP_OBJECT + "}", "", "   ", "null", "42", "\"texte\"",
            "{", "}", "[", "{\"a\":1,}", "{'a':1}", "\u0000", "{\"familyName\":\"\uD83D\uDE00\"", "<xml/>",
            "{\"birthDate\":[1,2,3],\"beneficiaries\":{\"x\":1},\"address\":\"rue\",\"sex\":7}",
            "[{\"reference\":{\"a\":[]},\"amount\":[]}]", "{\"statut\":null}", "{\"statut\":[\"SENT\"]}");

    private Site site;
    private String claims;
    private String nir;

    @BeforeEach
    void claimsSystem() {
        site = newSite();
        claims = site.claimsSystem();
        nir = People.fresh(false).nir13();
    }

    private List<String> endpoints() {
        return List.of("PUT api/assures/" + nir, "POST api/paiements", "POST api/cartes/1/statut",
                "POST api/demarches/D-2026-999999/statut");
    }

    private HttpResponse<String> call(String endpoint, String body, String contentType) {
        String[] parts = endpoint.split(" ");
        return site.send(HttpRequest.newBuilder(URI.create(base + parts[1]))
                .header("Content-Type", contentType).header("Authorization", claims)
                .method(parts[0], HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    private static void assertFrench(HttpResponse<String> answer, int status, String what) {
        assertEquals(status, answer.statusCode(), what + ": " + answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), what);
        assertTrue(answer.body().contains("\"message\"") || answer.body().contains("\"errors\""), what + ": " + answer.body());
        for (String java : List.of("Exception", "RESTEASY", "java.", "jakarta.", "at org.")) {
            assertFalse(answer.body().contains(java), what + " shows « " + java + " »: " + answer.body());
        }
    }

    @Test
    void malformedBodiesAre400WithAFrenchReasonOnEveryEndpoint() {
        String before = site.counts();
        for (String endpoint : endpoints()) {
            for (String body : MALFORMED) {
                HttpResponse<String> answer = call(endpoint, body, "application/json");
                int status = endpoint.contains("cartes") && answer.statusCode() == 404 ? 404 : 400;
                assertFrench(answer, status, endpoint + " " + body.substring(0, Math.min(body.length(), 40)));
            }
        }
        HttpResponse<String> deep = call(endpoints().get(0), DEEP_OBJECT, "application/json");
        assertTrue(deep.body().contains("\"field\":\"body\"") && deep.body().contains("niveaux"), deep.body());
        assertEquals(before, site.counts(), "nothing written");
    }

    @Test
    void wrongContentTypeUnknownPathsAndBadIdsAreFrenchToo() {
        for (String endpoint : endpoints()) {
            assertFrench(call(endpoint, "<a/>", "application/xml"), 415, endpoint);
        }
        assertFrench(call("POST api/cartes/douze/statut", "{\"statut\":\"SENT\"}", "application/json"), 404, "bad id");
        assertFrench(call("POST api/inconnue", "{}", "application/json"), 404, "unknown path");
        assertFrench(call("DELETE api/paiements", "", "application/json"), 405, "wrong method");
    }

    @Test
    void anOversizedBodyIs413BeforeItIsReadAndTheNextCallWorks() {
        String big = "{\"familyName\":\"" + "x".repeat(300 * 1024) + "\"}";
        for (String endpoint : List.of(endpoints().get(0), endpoints().get(2))) {
            HttpResponse<String> answer = call(endpoint, big, "application/json");
            assertFrench(answer, 413, endpoint);
            assertTrue(answer.body().contains("trop volumineux"), answer.body());
        }
        assertFrench(call(endpoints().get(0), "{", "application/json"), 400, "the next call is read as usual");
    }
}
