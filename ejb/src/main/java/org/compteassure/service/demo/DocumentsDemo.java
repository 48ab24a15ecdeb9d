package org.compteassure.service.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.payment.DailyAllowance;
import org.compteassure.persistence.payment.Payment;
import org.compteassure.persistence.payment.PaymentKind;
import org.compteassure.persistence.payment.PaymentStatus;
import org.compteassure.service.security.Roles;

/**
 * Demo data of the documents feature (embedded default only): paid daily allowances and reimbursements for Marie
 * DUPONT over the last months, so that her statements and IJ attestation have content; her son Hugo has Jean MARTIN
 * as second parent (Léa is left for trying the attachment). Loaded once.
 */
@Singleton
@Startup
@DependsOn("DemoData")
@RolesAllowed(Roles.SYSTEM)
public class DocumentsDemo extends DemoSet {

    private static final String FIRST = "DEMO-DOC-0";

    @Override
    boolean isLoaded() {
        return !em.createNamedQuery("Payment.findByReference").setParameter("reference", FIRST).getResultList()
                .isEmpty();
    }

    @Override
    void add() {
        InsuredPerson marie = registered(MARIE).orElse(null);
        if (marie == null) {
            return;
        }
        registered(JEAN)
                .ifPresent(jean -> marie.getBeneficiaries().stream().filter(child -> child.getGivenNames().equals("Hugo"))
                        .forEach(hugo -> hugo.attachSecondParent(jean)));
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < 6; i++) {
            LocalDate start = today.minusDays(14L * (i + 1) + 30);
            LocalDate end = start.plusDays(13);
            DailyAllowance ij = new DailyAllowance(start, end, 14, new BigDecimal("42.15"), new BigDecimal("590.10"),
                    new BigDecimal("39.24"), "BOULANGERIE DU MARCHÉ");
            em.persist(new Payment("DEMO-DOC-" + i, marie, null, new Payment.Details(PaymentKind.DAILY_ALLOWANCE,
                    start, "Indemnités journalières maladie", null, null, null, null, new BigDecimal("550.86"), null,
                    null, ij), new Payment.Settlement(PaymentStatus.PAID, null, end.plusDays(3), marie.getIban()),
                    clock.instant()));
        }
        LocalDate care = today.minusDays(20);
        em.persist(new Payment("DEMO-DOC-10", marie, marie.getBeneficiaries().get(0), new Payment.Details(
                PaymentKind.REIMBURSEMENT, care, "Consultation médecin généraliste", "Dr MOREAU", new BigDecimal("30.00"),
                new BigDecimal("30.00"), 70, new BigDecimal("20.00"), new BigDecimal("1.00"), null, null),
                new Payment.Settlement(PaymentStatus.PAID, null, care.plusDays(5), marie.getIban()), clock.instant()));
    }
}
