package org.compteassure.it.faults;

import org.compteassure.service.platform.ClockProducer;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compteassure.it.messaging.MultipartForm;
import org.compteassure.it.support.Site;

/**
 * A payment CSV file as the claims system sends it (docs/features.md, "The CSV import"): {@code lines} paid
 * reimbursements for these people in turn, their references {@code prefix-0 …}, with what a drill compares the table
 * with afterwards (the set of references, the sum of the amounts paid).
 */
record PaymentFile(String prefix, byte[] content, Set<String> references, BigDecimal total) {

    private static final Pattern IMPORT = Pattern.compile("import=([0-9]+)");

    static PaymentFile of(String prefix, List<String> nirs, int lines) {
        StringBuilder csv = new StringBuilder("reference;nir;kind;careDate;actLabel;practitioner;amountSpent;"
                + "reimbursementBase;rate;amountPaid;status;paymentDate\n");
        Set<String> references = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        for (int i = 0; i < lines; i++) {
            String reference = prefix + "-" + i;
            String paid = "%d.%02d".formatted(5 + i % 60, i % 100);
            LocalDate care = today.minusDays(10 + i % 700);
            csv.append(String.join(";", reference, nirs.get(i % nirs.size()), "REIMBURSEMENT", care.toString(),
                    "Consultation médecin généraliste", "Dr MARTIN", "30.00", "30.00", "70", paid, "PAID",
                    care.plusDays(5).toString())).append('\n');
            references.add(reference);
            total = total.add(new BigDecimal(paid));
        }
        return new PaymentFile(prefix, csv.toString().getBytes(StandardCharsets.UTF_8), Set.copyOf(references), total);
    }

    /** Uploads the file at /admin/imports (the site's administrator logged in); the import's id. */
    long upload(Site site) {
        HttpResponse<String> uploaded = new MultipartForm(site).submit("/admin/imports", "upload", Map.of(), "file",
                Map.of(prefix + ".csv", content));
        Matcher id = IMPORT.matcher(uploaded.uri().toString());
        assertTrue(id.find(), "upload accepted: " + uploaded.uri() + " " + Site.text(uploaded));
        return Long.parseLong(id.group(1));
    }

    /** The SQL condition of this file's payments. */
    String rows() {
        return "reference LIKE '" + prefix + "-%'";
    }
}
