package org.compteassure.it.support;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;
import org.compteassure.persistence.account.AccountQueries;
import org.compteassure.persistence.account.Beneficiary;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.domain.Iban;
import org.compteassure.persistence.domain.Nir;
import org.compteassure.persistence.payment.DailyAllowance;
import org.compteassure.persistence.payment.Payment;
import org.compteassure.persistence.payment.PaymentKind;
import org.compteassure.persistence.payment.PaymentStatus;

/**
 * Test deployments only: writes one payment as the claims system would have sent it, straight through the
 * EntityManager (the feed is tested on its own). Parameters: nir, reference, careDate (ISO), amount, status (PENDING,
 * PAID, REJECTED), optional kind (DAILY_ALLOWANCE for a 14-day IJ from careDate) and child (a beneficiary's given
 * names, attached to the person if new).
 */
public final class TestPayments {

    private TestPayments() {
    }

    public static Payment persist(EntityManager em, Function<String, String> parameter) {
        InsuredPerson person = AccountQueries.person(em, Nir.parse(parameter.apply("nir"), false)).orElseThrow();
        Beneficiary child = child(person, parameter.apply("child"));
        LocalDate careDate = LocalDate.parse(parameter.apply("careDate"));
        BigDecimal amount = new BigDecimal(parameter.apply("amount"));
        PaymentStatus status = PaymentStatus.valueOf(parameter.apply("status"));
        boolean allowance = "DAILY_ALLOWANCE".equals(parameter.apply("kind"));
        Payment.Details details = allowance
                ? new Payment.Details(PaymentKind.DAILY_ALLOWANCE, careDate, "Indemnités journalières maladie", null,
                        null, null, null, amount, null, null, new DailyAllowance(careDate, careDate.plusDays(13), 14,
                        new BigDecimal("40.00"), new BigDecimal("560.00"), new BigDecimal("560.00").subtract(amount),
                        "Boulangerie du Test"))
                : new Payment.Details(PaymentKind.REIMBURSEMENT, careDate, "Consultation médecin généraliste",
                        "Dr Test", new BigDecimal("30.00"), new BigDecimal("30.00"), 70, amount, new BigDecimal("2.00"),
                        null, null);
        Payment.Settlement settlement = switch (status) {
            case PENDING -> new Payment.Settlement(status, null, null, null);
            case REJECTED -> new Payment.Settlement(status, "Prescription absente", null, null);
            case PAID -> new Payment.Settlement(status, null, careDate.plusDays(3), Iban.parse(
                    "FR7630006000011234567890189"));
        };
        Payment payment = new Payment(parameter.apply("reference"), person, child, details, settlement, Instant.now());
        em.persist(payment);
        return payment;
    }

    private static Beneficiary child(InsuredPerson person, String givenNames) {
        if (givenNames == null || givenNames.isEmpty()) {
            return null;
        }
        return person.getBeneficiaries().stream().filter(b -> b.getGivenNames().equals(givenNames)).findFirst()
                .orElseGet(() -> person.addBeneficiary(person.getFamilyName(), givenNames, LocalDate.of(2015, 6, 1)));
    }
}
