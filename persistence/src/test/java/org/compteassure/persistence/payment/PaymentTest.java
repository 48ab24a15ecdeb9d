package org.compteassure.persistence.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.payment.Payment.Details;
import org.compteassure.persistence.payment.Payment.Settlement;
import org.junit.jupiter.api.Test;

class PaymentTest {

    private static final Details CONSULTATION = new Details(PaymentKind.REIMBURSEMENT, LocalDate.of(2026, 3, 2),
            "Consultation médecin généraliste", "Dr Martin", new BigDecimal("30.00"), new BigDecimal("30.00"), 70,
            new BigDecimal("20.00"), new BigDecimal("1.00"), null, null);

    private static Payment pending() {
        return new Payment("R-1", new InsuredPerson(null, "DUPONT", "Marie", LocalDate.of(1985, 5, 1),
                InsuredPerson.Sex.FEMALE, null), null, CONSULTATION,
                new Settlement(PaymentStatus.PENDING, null, null, null), Instant.EPOCH);
    }

    @Test
    void reSendingTheSameSettlementChangesNothing() {
        Payment payment = pending();
        assertFalse(payment.settle(new Settlement(PaymentStatus.PENDING, null, null, null)));
    }

    @Test
    void aPendingPaymentIsPaidThenStaysPaid() {
        Payment payment = pending();
        Settlement paid = new Settlement(PaymentStatus.PAID, null, LocalDate.of(2026, 3, 6), null);
        assertTrue(payment.settle(paid));
        assertEquals(PaymentStatus.PAID, payment.getStatus());
        assertEquals(LocalDate.of(2026, 3, 6), payment.getPaymentDate());
        assertFalse(payment.settle(paid));
        assertThrows(IllegalStateException.class,
                () -> payment.settle(new Settlement(PaymentStatus.PENDING, null, null, null)));
        assertThrows(IllegalStateException.class,
                () -> payment.settle(new Settlement(PaymentStatus.REJECTED, "Doublon", null, null)));
    }

    @Test
    void missingDeductionsAreZeroAndDailyAllowanceDetailsGoWithAllowancesOnly() {
        assertEquals(new BigDecimal("0.00"), CONSULTATION.franchise());
        DailyAllowance period = new DailyAllowance(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 14), 14,
                new BigDecimal("40.00"), new BigDecimal("560.00"), new BigDecimal("37.24"), "Boulangerie Dupain");
        assertThrows(IllegalArgumentException.class, () -> new Details(PaymentKind.REIMBURSEMENT,
                LocalDate.of(2026, 3, 1), "Pharmacie", null, null, null, null, BigDecimal.ONE, null, null, period));
        assertThrows(IllegalArgumentException.class, () -> new Details(PaymentKind.DAILY_ALLOWANCE,
                LocalDate.of(2026, 3, 1), "Indemnités journalières", null, null, null, null, BigDecimal.ONE, null,
                null, null));
    }
}
