package org.compteassure.it.payment;

import org.compteassure.service.platform.ClockProducer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.compteassure.it.support.Accounts;
import org.compteassure.it.support.ClientTest;
import org.compteassure.it.support.Mailbox;
import org.compteassure.it.support.People;
import org.compteassure.it.support.People.Person;
import org.compteassure.it.support.Site;
import org.compteassure.service.notification.DevMailbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /api/paiements: idempotent by reference, status moves forward only, all or nothing, claims system only. */
class PaymentFeedApiIT extends ClientTest {

    private static final String CHILD = "Zoé";
    private static final String CHILD_BIRTH = "2016-04-02";

    private Site site;
    private String claims;

    @BeforeEach
    void claimsSystem() {
        site = newSite();
        claims = site.claimsSystem();
    }

    @Test
    void insertsOnceThenMovesTheStatusForwardOnly() {
        Person person = registered(People.fresh(false));
        String ref = "R" + System.nanoTime();
        JsonArray batch = array(care(ref, person, "PENDING").add("beneficiaryGivenNames", CHILD)
                .add("beneficiaryBirthDate", CHILD_BIRTH), allowance("IJ" + System.nanoTime(), person));
        assertCounts(post(batch, claims), 200, 2, 0, 0);
        String after = site.counts();
        assertCounts(post(batch, claims), 200, 0, 0, 2);
        assertEquals(after, site.counts(), "sending the same batch again changes nothing");

        JsonArray paid = array(care(ref, person, "PAID").add("beneficiaryGivenNames", CHILD)
                .add("beneficiaryBirthDate", CHILD_BIRTH).add("paymentDate", LocalDate.now(ClockProducer.ZONE).minusDays(1).toString()));
        assertCounts(post(paid, claims), 200, 0, 1, 0);
        assertCounts(post(paid, claims), 200, 0, 0, 1);

        HttpResponse<String> back = post(array(care(ref, person, "PENDING").add("beneficiaryGivenNames", CHILD)
                .add("beneficiaryBirthDate", CHILD_BIRTH)), claims);
        assertRejected(back, 0, "status : un paiement payé ne peut plus devenir en cours");
        HttpResponse<String> changed = post(array(care(ref, person, "PAID").add("amountPaid", "99.99")
                .add("beneficiaryGivenNames", CHILD).add("beneficiaryBirthDate", CHILD_BIRTH)
                .add("paymentDate", LocalDate.now(ClockProducer.ZONE).minusDays(1).toString())), claims);
        assertRejected(changed, 0, "déjà enregistré avec d'autres données");
    }

    @Test
    void refusesTheWholeBatchWithEachReasonAndWritesNothing() {
        Person person = registered(People.fresh(false));
        String before = site.counts();
        String future = LocalDate.now(ClockProducer.ZONE).plusDays(2).toString();
        JsonArray batch = array(
                care("OK" + System.nanoTime(), person, "PENDING"),
                care("N" + System.nanoTime(), person, "PENDING").add("nir", "1234567890123"),
                care("A" + System.nanoTime(), person, "PENDING").add("amountPaid", "-5.00"),
                care("B" + System.nanoTime(), person, "PENDING").add("beneficiaryGivenNames", "Inconnu")
                        .add("beneficiaryBirthDate", "2015-01-01"),
                care("F" + System.nanoTime(), person, "PENDING").add("careDate", future),
                Json.createObjectBuilder().add("reference", "M" + System.nanoTime()),
                care("L" + System.nanoTime(), person, "PENDING").add("actLabel", "x".repeat(3_000_000)),
                care("D" + System.nanoTime(), person, "PENDING").add("amountPaid", "1.234"),
                care("S" + System.nanoTime(), person, "REJECTED"),
                care("U" + System.nanoTime(), person, "PENDING").add("nir", "1" + person.nir13().substring(1).replace('9', '8')));
        HttpResponse<String> answer = post(batch, claims);
        assertRejected(answer, 1, "nir : numéro de sécurité sociale invalide");
        assertRejected(answer, 2, "amountPaid : montant négatif");
        assertRejected(answer, 3, "aucun bénéficiaire de ces prénoms");
        assertRejected(answer, 4, "careDate : date dans le futur");
        assertRejected(answer, 5, "nir : obligatoire");
        assertRejected(answer, 6, "actLabel : au plus 100 caractères");
        assertRejected(answer, 7, "au plus 2 décimales");
        assertRejected(answer, 8, "rejectionReason : obligatoire");
        assertRejected(answer, 9, "nir : aucun assuré");
        assertFalse(answer.body().contains("\"index\":0,"), "the good item is not refused: " + answer.body());
        assertEquals(before, site.counts(), "nothing written, not even the good item");
    }

    @Test
    void aChildOfTwoParentsIsNamedInEitherParentsPayments() {
        Person first = registered(People.fresh(false));
        Person second = registered(People.fresh(false), first);
        String run = "T" + System.nanoTime();
        JsonArray batch = array(
                care(run + "-1", first, "PENDING").add("beneficiaryGivenNames", CHILD).add("beneficiaryBirthDate", CHILD_BIRTH),
                care(run + "-2", second, "PENDING").add("beneficiaryGivenNames", CHILD).add("beneficiaryBirthDate", CHILD_BIRTH));
        assertCounts(post(batch, claims), 200, 2, 0, 0);
    }

    @Test
    void refusesBadBodiesWithA400() {
        Person person = registered(People.fresh(false));
        String before = site.counts();
        assertMessage(send("{\"reference\": ", claims), "n'est pas un JSON valide");
        assertMessage(send("{\"reference\": \"X\"}", claims), "tableau JSON");
        assertMessage(send("[]", claims), "vide");
        JsonArrayBuilder many = Json.createArrayBuilder();
        for (int i = 0; i < 1001; i++) {
            many.add(care("MANY" + i + "-" + System.nanoTime(), person, "PENDING"));
        }
        assertMessage(post(many.build(), claims), "Au plus 1000 paiements par appel (1001 reçus)");
        HttpResponse<String> tooBig = send("[\"" + "x".repeat(10 * 1024 * 1024) + "\"]", claims);
        assertEquals(413, tooBig.statusCode(), "refused before it is read (RequestSizeFilter)");
        assertTrue(tooBig.body().contains("trop volumineux"), tooBig.body());
        assertMessage(send("[" + "[".repeat(1000) + "]".repeat(1000) + "]", claims), "imbrique trop");
        assertEquals(before, site.counts());
    }

    @Test
    void onlyTheClaimsSystemMayCall() {
        Person person = People.fresh(true);
        Accounts.openByEmail(site, person, "Ete-Indien-Tranquille-42");
        JsonArray batch = array(care("AUTH" + System.nanoTime(), person, "PENDING"));
        String adviser = "conseil-" + System.nanoTime();
        site.support("staff", Map.of("username", adviser, "password", "Conseil-Test-2026!", "role", "adviser"));
        String before = site.counts();
        assertEquals(401, post(batch, null).statusCode());
        assertEquals(401, post(batch, Site.basic("liquidation", "mauvais")).statusCode());
        int asInsured = post(batch, null, site).statusCode();
        assertTrue(asInsured == 401 || asInsured == 403, "the insured person's session is refused: " + asInsured);
        assertEquals(401, post(batch, Site.basic(adviser, "Conseil-Test-2026!")).statusCode(),
                "an adviser's password is not even tried on the API (no lockout there)");
        assertEquals(before, site.counts());
    }

    @Test
    void tellsThePersonOncePerBatchWithoutAmounts() {
        Person person = People.fresh(true);
        int mails = Accounts.openByEmail(site, person, "Ete-Indien-Tranquille-42");
        assertCounts(post(array(care("M1-" + System.nanoTime(), person, "PENDING"),
                care("M2-" + System.nanoTime(), person, "PENDING"), allowance("M3-" + System.nanoTime(), person)),
                claims), 200, 3, 0, 0);
        var notice = Mailbox.awaitMail(person.email(), mails + 1);
        assertEquals("Un nouveau paiement est disponible", notice.subject());
        assertFalse(notice.text().contains("12.50") || notice.text().contains("12,50") || notice.text().contains("Consultation"),
                "no amount nor care in: " + notice.text());
        assertCounts(post(array(care("M4-" + System.nanoTime(), person, "PENDING")), claims), 200, 1, 0, 0);
        Mailbox.awaitMail(person.email(), mails + 2);
        assertEquals(mails + 2, new DevMailbox("http://127.0.0.1:" + System.getProperty("sink.api.port", "2580"))
                .to(person.email()).size(), "one notice per batch, not one per payment");
    }

    /** A person in the register with one child, through the register API as the claims system does it. */
    private Person registered(Person person) {
        return registered(person, null);
    }

    /** The same, the child shared with {@code otherParent} (registered before) when it is not null. */
    private Person registered(Person person, Person otherParent) {
        String json = "{\"familyName\":\"DURAND\",\"givenNames\":\"" + person.givenNames() + "\",\"birthDate\":\""
                + person.birthDate() + "\",\"sex\":\"F\",\"address\":{\"line1\":\"4 RUE DES TESTS\",\"postalCode\":"
                + "\"75014\",\"city\":\"PARIS\"},\"beneficiaries\":[{\"familyName\":\"DURAND\",\"givenNames\":\""
                + CHILD + "\",\"birthDate\":\"" + CHILD_BIRTH + "\""
                + (otherParent == null ? "" : ",\"otherParent\":\"" + otherParent.nir13() + "\"") + "}]}";
        HttpResponse<String> put = site.send(HttpRequest.newBuilder(URI.create(base + "api/assures/" + person.nir13()))
                .header("Content-Type", "application/json").header("Authorization", claims)
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
        assertEquals(201, put.statusCode(), put.body());
        return person;
    }

    static JsonObjectBuilder care(String reference, Person person, String status) {
        JsonObjectBuilder item = Json.createObjectBuilder().add("reference", reference).add("nir", person.nir15())
                .add("kind", "REIMBURSEMENT").add("careDate", LocalDate.now(ClockProducer.ZONE).minusDays(10).toString())
                .add("actLabel", "Consultation médecin généraliste").add("practitioner", "Dr MARTIN")
                .add("amountSpent", "30.00").add("reimbursementBase", "30.00").add("rate", 70)
                .add("amountPaid", "12.50").add("participationForfaitaire", "2.00").add("status", status);
        return item;
    }

    private static JsonObjectBuilder allowance(String reference, Person person) {
        LocalDate from = LocalDate.now(ClockProducer.ZONE).minusDays(20);
        return Json.createObjectBuilder().add("reference", reference).add("nir", person.nir13())
                .add("kind", "DAILY_ALLOWANCE").add("careDate", from.toString()).add("actLabel", "Indemnités journalières")
                .add("amountPaid", "512.40").add("status", "PAID").add("paymentDate", LocalDate.now(ClockProducer.ZONE).minusDays(1).toString())
                .add("periodFrom", from.toString()).add("periodTo", from.plusDays(13).toString()).add("days", 14)
                .add("dailyGross", "40.00").add("grossTotal", "560.00").add("csgCrds", "47.60").add("employer", "ACME SA");
    }

    private static JsonArray array(JsonObjectBuilder... items) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (JsonObjectBuilder item : items) {
            array.add(item);
        }
        return array.build();
    }

    private static void assertCounts(HttpResponse<String> answer, int status, int inserted, int updated, int unchanged) {
        assertEquals(status, answer.statusCode(), answer.body());
        JsonObject counts = Json.createReader(new StringReader(answer.body())).readObject();
        assertEquals(inserted, counts.getInt("inserted"), answer.body());
        assertEquals(updated, counts.getInt("updated"), answer.body());
        assertEquals(unchanged, counts.getInt("unchanged"), answer.body());
    }

    private static void assertRejected(HttpResponse<String> answer, int index, String reason) {
        assertEquals(400, answer.statusCode(), answer.body());
        JsonArray rejected = Json.createReader(new StringReader(answer.body())).readObject().getJsonArray("rejected");
        assertTrue(rejected.stream().map(JsonObject.class::cast)
                        .anyMatch(r -> r.getInt("index") == index && r.getString("reason").contains(reason)),
                "item " + index + " refused with « " + reason + " » in " + answer.body().substring(0,
                        Math.min(answer.body().length(), 3000)));
    }

    private static void assertMessage(HttpResponse<String> answer, String message) {
        assertEquals(400, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains(message), message + " expected in " + answer.body());
    }

    private HttpResponse<String> post(JsonArray batch, String authorization) {
        return send(batch.toString(), authorization);
    }

    private HttpResponse<String> post(JsonArray batch, String authorization, Site as) {
        return as.send(request(batch.toString(), authorization));
    }

    private HttpResponse<String> send(String body, String authorization) {
        return newSite().send(request(body, authorization));
    }

    private HttpRequest request(String body, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "api/paiements"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.build();
    }
}
