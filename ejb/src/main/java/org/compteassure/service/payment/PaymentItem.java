package org.compteassure.service.payment;

import java.util.List;
import java.util.function.Function;

/**
 * One payment as the claims system sends it, field by field, untyped: a JSON object of {@code POST /api/paiements}
 * or a line of a CSV import. The names below are both the JSON keys and the CSV header. {@link PaymentChecker} is the
 * one place that reads and checks them.
 * <p>
 * A beneficiary (a child of the insured person) is named as the claims system knows them from the register it
 * feeds through {@code PUT /api/assures/{nir}}: by given names and birth date (both, or neither when the care was
 * the insured person's). The register API hands out no identifiers, so none is expected back.
 */
public record PaymentItem(String reference, String nir, String beneficiaryGivenNames, String beneficiaryBirthDate,
                          String kind, String careDate, String actLabel, String practitioner, String amountSpent,
                          String reimbursementBase, String rate, String amountPaid, String participationForfaitaire,
                          String franchise, String status, String rejectionReason, String paymentDate, String iban,
                          String periodFrom, String periodTo, String days, String dailyGross, String grossTotal,
                          String csgCrds, String employer) {

    /** The field names, in the order of the record (and of the CSV columns in the example of docs/features.md). */
    public static final List<String> FIELDS = List.of("reference", "nir", "beneficiaryGivenNames",
            "beneficiaryBirthDate", "kind", "careDate", "actLabel", "practitioner", "amountSpent", "reimbursementBase",
            "rate", "amountPaid", "participationForfaitaire", "franchise", "status", "rejectionReason", "paymentDate",
            "iban", "periodFrom", "periodTo", "days", "dailyGross", "grossTotal", "csgCrds", "employer");

    /** Builds an item from a source of fields by name (absent fields are null). */
    public static PaymentItem of(Function<String, String> field) {
        String[] v = FIELDS.stream().map(field).toArray(String[]::new);
        return new PaymentItem(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13],
                v[14], v[15], v[16], v[17], v[18], v[19], v[20], v[21], v[22], v[23], v[24]);
    }
}
