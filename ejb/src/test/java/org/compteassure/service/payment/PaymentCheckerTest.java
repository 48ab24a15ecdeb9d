package org.compteassure.service.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules of one payment item, the CSV dialect and the bounded line reader. */
class PaymentCheckerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static PaymentItem item(Map<String, String> changes) {
        Map<String, String> fields = new HashMap<>(Map.of("reference", "R-1", "nir", "2850575056123",
                "kind", "REIMBURSEMENT", "careDate", "2026-11-20", "actLabel", "Pharmacie", "amountPaid", "8.40",
                "status", "PENDING"));
        fields.putAll(changes);
        return PaymentItem.of(fields::get);
    }

    private static String reasons(Map<String, String> changes) {
        return String.join(" | ", PaymentChecker.parse(item(changes), TODAY).reasons());
    }

    @Test
    void acceptsAWellFormedReimbursement() {
        PaymentChecker.Outcome outcome = PaymentChecker.parse(item(Map.of()), TODAY);
        assertTrue(outcome.isValid(), outcome.reasons().toString());
        assertEquals("8.40", outcome.parsed().details().amountPaid().toPlainString());
    }

    @Test
    void explainsEachWrongField() {
        assertTrue(reasons(Map.of("amountPaid", "-1")).contains("amountPaid : montant négatif"));
        assertTrue(reasons(Map.of("amountPaid", "1.234")).contains("au plus 2 décimales"));
        assertTrue(reasons(Map.of("careDate", "2026-11-27")).contains("careDate : date dans le futur"));
        assertTrue(reasons(Map.of("nir", "2851375056123")).contains("nir : numéro de sécurité sociale invalide"));
        assertTrue(reasons(Map.of("actLabel", "x".repeat(101))).contains("actLabel : au plus 100 caractères"));
        assertTrue(reasons(Map.of("status", "REJECTED")).contains("rejectionReason : obligatoire"));
        assertTrue(reasons(Map.of("beneficiaryGivenNames", "Léa")).contains("les deux ou aucun"));
        assertTrue(reasons(Map.of("days", "3")).contains("days : réservé aux indemnités journalières"));
    }

    @Test
    void checksThatADailyAllowanceAddsUp() {
        Map<String, String> ij = new HashMap<>(Map.of("kind", "DAILY_ALLOWANCE", "careDate", "2026-11-01",
                "periodFrom", "2026-11-01", "periodTo", "2026-11-14", "days", "14", "dailyGross", "40.00",
                "grossTotal", "560.00", "csgCrds", "47.60", "amountPaid", "512.40"));
        assertTrue(PaymentChecker.parse(item(ij), TODAY).isValid(), reasons(ij));
        ij.put("amountPaid", "512.41");
        assertTrue(reasons(ij).contains("le net payé ne vaut pas grossTotal − csgCrds"));
        ij.put("days", "15");
        assertTrue(reasons(ij).contains("days : plus de jours que la période n'en compte"));
    }

    @Test
    void readsQuotedFieldsAndRefusesWrongHeaders() {
        assertEquals(List.of("a;b", "c\"d", ""), CsvFormat.split("\"a;b\";\"c\"\"d\";"));
        assertNull(CsvFormat.split("\"open"));
        ImportRefusedException unknown = assertThrows(ImportRefusedException.class,
                () -> CsvFormat.header("reference;nir;montant"));
        assertEquals(ImportRefusedException.Reason.UNKNOWN_COLUMN, unknown.reason());
        assertEquals(List.of("montant"), unknown.arguments());
        ImportRefusedException missing = assertThrows(ImportRefusedException.class,
                () -> CsvFormat.header("reference;nir"));
        assertEquals(ImportRefusedException.Reason.MISSING_COLUMNS, missing.reason());
        assertEquals(List.of("kind, careDate, actLabel, amountPaid, status"), missing.arguments());
    }

    @Test
    void skipsALongLineWithoutKeepingIt() throws IOException {
        String text = "short\n" + "x".repeat(100_000) + "\r\nlast";
        BoundedLines lines = new BoundedLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 10);
        assertEquals("short", lines.next().text());
        assertTrue(lines.next().tooLong());
        assertEquals("last", lines.next().text());
        assertNull(lines.next());
        assertFalse(new BoundedLines(new ByteArrayInputStream(new byte[0]), 10).next() != null);
    }
}
