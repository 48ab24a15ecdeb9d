package org.compteassure.service.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.compteassure.persistence.account.Beneficiary;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.payment.DailyAllowance;
import org.compteassure.persistence.payment.Payment;
import org.compteassure.persistence.payment.PaymentKind;
import org.compteassure.persistence.payment.PaymentStatus;
import org.compteassure.service.security.Roles;

/**
 * Demo payments (embedded default only): Marie DUPONT and her two children over the last 27 months, with pending
 * and rejected ones, and daily allowances for Jean MARTIN. Dates count back from today, so the demo stays current.
 */
@Singleton
@Startup
@DependsOn("DemoData")
@RolesAllowed(Roles.SYSTEM)
public class PaymentDemoData extends DemoSet {

    private record Act(String label, String practitioner, String spent, String base, int rate, String franchise) {
    }

    private static final List<Act> ACTS = List.of(
            new Act("Consultation médecin généraliste", "Dr Anne ROUSSEL", "30.00", "30.00", 70, "0.00"),
            new Act("Pharmacie", "Pharmacie des Lilas", "23.40", "23.40", 65, "1.00"),
            new Act("Consultation pédiatre", "Dr Paul MERCIER", "35.00", "30.00", 70, "0.00"),
            new Act("Analyses de biologie", "Laboratoire Voltaire", "41.85", "41.85", 60, "0.00"),
            new Act("Kinésithérapie", "M. Luc FAVRE", "19.32", "19.32", 60, "1.00"),
            new Act("Radiologie", "Centre d'imagerie Bastille", "75.00", "62.50", 70, "0.00"));

    /** Loaded once Marie has a payment (or if she is not in the register). */
    @Override
    boolean isLoaded() {
        return registered(MARIE).map(marie -> !em.createQuery("SELECT p.id FROM Payment p WHERE p.insuredPerson = :person")
                .setParameter("person", marie).setMaxResults(1).getResultList().isEmpty()).orElse(true);
    }

    @Override
    void add() {
        InsuredPerson marie = registered(MARIE).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        List<Beneficiary> children = marie.getBeneficiaries();
        int n = 0;
        // About three acts a month, every fifth one for a child of the other, newest ones still pending.
        for (int daysAgo = 2; daysAgo < 27 * 30; daysAgo += 9 + n % 5) {
            Act act = ACTS.get(n % ACTS.size());
            Beneficiary who = n % 3 == 0 ? null : children.get(n % children.size());
            PaymentStatus status = daysAgo < 15 ? PaymentStatus.PENDING
                    : n % 11 == 7 ? PaymentStatus.REJECTED : PaymentStatus.PAID;
            care(marie, who, "DEMO-M-" + n, act, today.minusDays(daysAgo), status, now);
            n++;
        }
        registered(JEAN).ifPresent(jean -> allowances(jean, today, now));
    }

    private void care(InsuredPerson person, Beneficiary who, String reference, Act act, LocalDate careDate,
                      PaymentStatus status, Instant now) {
        BigDecimal base = new BigDecimal(act.base());
        BigDecimal participation = act.label().startsWith("Consultation") ? new BigDecimal("2.00") : BigDecimal.ZERO;
        BigDecimal franchise = new BigDecimal(act.franchise());
        BigDecimal paid = base.multiply(BigDecimal.valueOf(act.rate())).divide(BigDecimal.valueOf(100), 2,
                RoundingMode.HALF_UP).subtract(participation).subtract(franchise);
        Payment.Details details = new Payment.Details(PaymentKind.REIMBURSEMENT, careDate, act.label(),
                act.practitioner(), new BigDecimal(act.spent()), base, act.rate(), paid, participation.setScale(2),
                franchise, null);
        em.persist(new Payment(reference, person, who, details, settlement(person, status, careDate), now));
    }

    /** Sick leave paid every 14 days for the last 3 months. */
    private void allowances(InsuredPerson jean, LocalDate today, Instant now) {
        BigDecimal daily = new BigDecimal("41.47");
        for (int i = 0; i < 6; i++) {
            LocalDate from = today.minusDays(14L * (i + 1) + 5);
            LocalDate to = from.plusDays(13);
            BigDecimal gross = daily.multiply(BigDecimal.valueOf(14));
            BigDecimal csg = gross.multiply(new BigDecimal("0.067")).setScale(2, RoundingMode.HALF_UP);
            DailyAllowance ij = new DailyAllowance(from, to, 14, daily, gross, csg, "Transports Corses SARL");
            Payment.Details details = new Payment.Details(PaymentKind.DAILY_ALLOWANCE, from, "Indemnités journalières maladie",
                    null, null, null, null, gross.subtract(csg), null, null, ij);
            PaymentStatus status = i == 0 ? PaymentStatus.PENDING : PaymentStatus.PAID;
            em.persist(new Payment("DEMO-J-IJ-" + i, jean, null, details, settlement(jean, status, to), now));
        }
    }

    private static Payment.Settlement settlement(InsuredPerson person, PaymentStatus status, LocalDate date) {
        return switch (status) {
            case PENDING -> new Payment.Settlement(status, null, null, null);
            case REJECTED -> new Payment.Settlement(status, "Acte non remboursable : prescription absente", null, null);
            case PAID -> new Payment.Settlement(status, null, date.plusDays(5), person.getIban());
        };
    }
}
