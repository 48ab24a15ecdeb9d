package org.compteassure.it.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.compteassure.it.support.Callers;
import org.compteassure.it.support.Deployments;
import org.compteassure.it.support.TestPayments;
import org.compteassure.it.support.Transactions;
import org.compteassure.persistence.account.AccountQueries;
import org.compteassure.persistence.account.Account;
import org.compteassure.persistence.account.Beneficiary;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.account.PostalAddress;
import org.compteassure.persistence.domain.Nir;
import org.compteassure.persistence.payment.Payment;
import org.compteassure.persistence.payment.PaymentKind;
import org.compteassure.persistence.payment.PaymentStatus;
import org.compteassure.service.NotFoundException;
import org.compteassure.service.payment.Beneficiaries;
import org.compteassure.service.payment.FeedEntry;
import org.compteassure.service.payment.MonthAmount;
import org.compteassure.service.payment.PaymentChecker;
import org.compteassure.service.payment.PaymentDetail;
import org.compteassure.service.payment.PaymentFeed;
import org.compteassure.service.payment.PaymentFilter;
import org.compteassure.service.payment.PaymentItem;
import org.compteassure.service.payment.PaymentPage;
import org.compteassure.service.payment.PaymentRow;
import org.compteassure.service.payment.PaymentService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** PaymentService in the container: the window, the order and pages, filters, totals, the chart, the owner check. */
@ExtendWith(ArquillianExtension.class)
class PaymentServiceIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(PaymentServiceIT.class);
    }

    @Inject
    private Transactions tx;

    @EJB
    private PaymentService payments;

    @EJB
    private PaymentFeed feed;

    @Inject
    private Clock clock;

    /** A person with an account, and the NIR that identifies them. */
    private record Owner(long accountId, String nir) {
    }

    @Test
    void pagesAreNewestFirstTwentyAtATimeWithinTheLast27Months() {
        Owner owner = owner();
        LocalDate today = LocalDate.now(clock);
        YearMonth first = YearMonth.now(clock).minusMonths(26);
        for (int i = 0; i < 45; i++) {
            pay(owner, "R" + i, today.minusDays(i * 17L % 790), "10.00", PaymentStatus.PAID, null, null);
        }
        pay(owner, "TOO-OLD", first.atDay(1).minusDays(1), "99.00", PaymentStatus.PAID, null, null);
        pay(owner, "OLDEST", first.atDay(1), "1.00", PaymentStatus.PAID, null, null);

        PaymentPage page1 = Callers.asInsured(owner.accountId(), () -> payments.page(PaymentFilter.none(), 1));
        assertEquals(46, page1.totals().count());
        assertEquals(3, page1.pages());
        assertEquals(20, page1.rows().size());
        assertEquals(new BigDecimal("451.00"), page1.totals().paid());
        List<PaymentRow> all = new ArrayList<>(page1.rows());
        all.addAll(Callers.asInsured(owner.accountId(), () -> payments.page(PaymentFilter.none(), 2)).rows());
        PaymentPage last = Callers.asInsured(owner.accountId(), () -> payments.page(PaymentFilter.none(), 3));
        assertEquals(6, last.rows().size());
        all.addAll(last.rows());
        assertEquals(all.stream().sorted(Comparator.comparing(PaymentRow::careDate).thenComparing(PaymentRow::id)
                .reversed()).toList(), all, "care date descending, then id descending");
        assertEquals(first.atDay(1), all.get(all.size() - 1).careDate(), "the window's first day is in");
        assertEquals(46, all.stream().map(PaymentRow::id).distinct().count());
        assertEquals(3, Callers.asInsured(owner.accountId(),
                () -> payments.page(PaymentFilter.none(), 99)).page(), "a page too far: the last");
        assertEquals(1, Callers.asInsured(owner.accountId(), () -> payments.page(PaymentFilter.none(), -4)).page());
        assertEquals(27, page1.months().size());
    }

    @Test
    void filtersByBeneficiaryKindStatusAndPeriodWithTotalsAndChart() {
        Owner owner = owner();
        YearMonth thisMonth = YearMonth.now(clock);
        LocalDate inMonthBefore = thisMonth.minusMonths(1).atDay(10);
        LocalDate twoMonthsBefore = thisMonth.minusMonths(2).atDay(12);
        pay(owner, "SELF-PAID", inMonthBefore, "21.00", PaymentStatus.PAID, null, null);
        pay(owner, "LEA-PAID", inMonthBefore, "14.50", PaymentStatus.PAID, "Léa", null);
        pay(owner, "LEA-PENDING", twoMonthsBefore, "8.25", PaymentStatus.PENDING, "Léa", null);
        pay(owner, "HUGO-REJECTED", twoMonthsBefore, "0.00", PaymentStatus.REJECTED, "Hugo", null);
        pay(owner, "IJ", twoMonthsBefore, "500.00", PaymentStatus.PAID, null, "DAILY_ALLOWANCE");

        PaymentPage all = Callers.asInsured(owner.accountId(), () -> payments.page(PaymentFilter.none(), 1));
        assertEquals(5, all.totals().count());
        assertEquals(new BigDecimal("535.50"), all.totals().paid());
        assertEquals(1, all.totals().pendingCount());
        assertEquals(new BigDecimal("8.25"), all.totals().pending());
        long lea = all.people().children().stream().filter(c -> c.givenNames().equals("Léa")).findFirst().orElseThrow().id();

        PaymentPage self = Callers.asInsured(owner.accountId(),
                () -> payments.page(filter(null, null, PaymentFilter.SELF, null, null), 1));
        assertEquals(List.of("IJ", "SELF-PAID").size(), self.rows().size());
        assertTrue(self.rows().stream().allMatch(r -> r.beneficiaryName() == null));

        PaymentPage leas = Callers.asInsured(owner.accountId(),
                () -> payments.page(filter(null, null, lea, null, null), 1));
        assertEquals(2, leas.totals().count());
        assertEquals(new BigDecimal("14.50"), leas.totals().paid());
        assertTrue(leas.rows().stream().allMatch(r -> "Léa".equals(r.beneficiaryName())));

        PaymentPage care = Callers.asInsured(owner.accountId(),
                () -> payments.page(filter(null, null, null, PaymentKind.REIMBURSEMENT, null), 1));
        assertEquals(4, care.totals().count());
        assertEquals(new BigDecimal("35.50"), care.totals().paid());

        PaymentPage pending = Callers.asInsured(owner.accountId(),
                () -> payments.page(filter(null, null, null, null, PaymentStatus.PENDING), 1));
        assertEquals(List.of(true), pending.rows().stream().map(PaymentRow::pending).toList());

        YearMonth month = thisMonth.minusMonths(2);
        PaymentPage period = Callers.asInsured(owner.accountId(),
                () -> payments.page(filter(month, month, null, null, null), 1));
        assertEquals(3, period.totals().count());
        assertEquals(new BigDecimal("500.00"), period.totals().paid());
        assertEquals(List.of(new MonthAmount(month, new BigDecimal("500.00"))), period.months());

        PaymentPage chart = Callers.asInsured(owner.accountId(),
                () -> payments.page(filter(month, thisMonth, null, null, null), 1));
        assertEquals(List.of(new BigDecimal("500.00"), new BigDecimal("35.50"), new BigDecimal("0.00")),
                chart.months().stream().map(MonthAmount::amount).toList(), "paid amounts per month of care");

        PaymentPage reversed = Callers.asInsured(owner.accountId(),
                () -> payments.page(filter(thisMonth, month, null, null, null), 1));
        assertEquals(month, reversed.from(), "a period typed backwards is read forwards");
        PaymentPage beyond = Callers.asInsured(owner.accountId(),
                () -> payments.page(filter(thisMonth.minusYears(5), thisMonth.plusYears(1),
                null, null, null), 1));
        assertEquals(thisMonth.minusMonths(26), beyond.from(), "a period is clamped to the window");
        assertEquals(thisMonth, beyond.to());
    }

    @Test
    void anotherPersonsPaymentOrBeneficiaryIsNotFound() {
        Owner owner = owner();
        Owner other = owner();
        LocalDate day = LocalDate.now(clock).minusDays(3);
        long mine = pay(owner, "MINE", day, "12.50", PaymentStatus.PAID, "Léa", null);
        long theirs = pay(other, "THEIRS", day, "99.99", PaymentStatus.PAID, "Noé", null);

        PaymentDetail detail = Callers.asInsured(owner.accountId(), () -> payments.detail(mine));
        assertEquals("Léa", detail.beneficiaryName());
        assertEquals(new BigDecimal("12.50"), detail.amountPaid());
        assertEquals("7890189", detail.paidTo().lastCharacters(7));
        assertThrows(NotFoundException.class, () -> Callers.asInsured(owner.accountId(),
                () -> payments.detail(theirs)));
        assertThrows(NotFoundException.class, () -> Callers.asInsured(owner.accountId(),
                () -> payments.detail(Long.MAX_VALUE)));

        long noe = Callers.asInsured(other.accountId(),
                () -> payments.page(PaymentFilter.none(), 1)).people().children().get(0).id();
        PaymentPage forged = Callers.asInsured(owner.accountId(),
                () -> payments.page(filter(null, null, noe, null, null), 1));
        assertEquals(0, forged.totals().count(), "another person's beneficiary shows nothing");
        assertTrue(forged.rows().isEmpty());
    }

    @Test
    void aSecondParentChoosesTheSharedChildToo() {
        Owner first = owner();
        Owner second = owner();
        long ines = tx.call(em -> {
            Beneficiary child = AccountQueries.person(em, Nir.parse(first.nir(), false)).orElseThrow()
                    .addBeneficiary("PAYEUR", "Inès", LocalDate.of(2018, 3, 3));
            em.flush();
            child.attachSecondParent(AccountQueries.person(em, Nir.parse(second.nir(), false)).orElseThrow());
            em.flush();
            return child.getId();
        });
        for (Owner parent : List.of(first, second)) {
            assertEquals(List.of(new Beneficiaries.Option(ines, "Inès")),
                    Callers.asInsured(parent.accountId(),
                            () -> payments.page(PaymentFilter.none(), 1)).people().children());
        }
    }

    @Test
    void theHomePageGetsTheThreeNewestAndTheAllowanceTabItsPeriods() {
        Owner owner = owner();
        LocalDate today = LocalDate.now(clock);
        for (int i = 1; i <= 5; i++) {
            pay(owner, "H" + i, today.minusDays(i * 3L), "5.00", PaymentStatus.PAID, null, null);
        }
        long ij = pay(owner, "IJ-1", today.minusDays(40), "480.00", PaymentStatus.PENDING, null, "DAILY_ALLOWANCE");

        List<PaymentRow> latest = Callers.asInsured(owner.accountId(), () -> payments.latest());
        assertEquals(List.of(today.minusDays(3), today.minusDays(6), today.minusDays(9)),
                latest.stream().map(PaymentRow::careDate).toList());
        assertNull(latest.get(0).periodFrom());

        var allowances = Callers.asInsured(owner.accountId(), () -> payments.allowances());
        assertEquals(1, allowances.size());
        assertEquals(ij, allowances.get(0).id());
        assertEquals(today.minusDays(40), allowances.get(0).periodFrom());
        assertEquals(today.minusDays(27), allowances.get(0).periodTo());
        assertEquals(14, allowances.get(0).days());
        assertEquals(new BigDecimal("80.00"), allowances.get(0).csgCrds());
        assertTrue(allowances.get(0).pending());
    }

    private static PaymentFilter filter(YearMonth from, YearMonth to, Long who, PaymentKind kind, PaymentStatus status) {
        return new PaymentFilter(from, to, who, kind, status);
    }

    @Test
    void theFeedStoresEveryFieldAndAStatusChangeUpdatesIt() {
        Owner owner = owner();
        tx.run(em -> AccountQueries.person(em, Nir.parse(owner.nir(), false)).orElseThrow()
                .addBeneficiary("PAYEUR", "Léa", LocalDate.of(2015, 6, 1)));
        LocalDate today = LocalDate.now(clock);
        String care = "FULL-C-" + owner.accountId();
        String allowance = "FULL-IJ-" + owner.accountId();
        PaymentItem careItem = new PaymentItem(care, owner.nir(), "Léa", "2015-06-01", "REIMBURSEMENT",
                today.minusDays(9).toString(), "Pharmacie", "Pharmacie du Port", "41.30", "38.00", "65", "24.70",
                "0", "0.50", "PENDING", null, null, null, null, null, null, null, null, null, null);
        PaymentItem allowanceItem = new PaymentItem(allowance, owner.nir(), null, null, "DAILY_ALLOWANCE",
                today.minusDays(20).toString(), "Indemnités journalières maladie", null, null, null, null, "512.40",
                null, null, "PAID", null, today.minusDays(2).toString(), "FR7630006000011234567890189",
                today.minusDays(20).toString(), today.minusDays(7).toString(), "14", "40.00", "560.00", "47.60",
                "ACME SA");
        Instant before = clock.instant();
        assertEquals(2, Callers.asClaimsSystem(
                () -> feed.submit(List.of(FeedEntry.of(1, careItem), FeedEntry.of(2, allowanceItem)))).inserted());

        for (PaymentItem item : List.of(careItem, allowanceItem)) {
            PaymentChecker.Parsed sent = PaymentChecker.parse(item, today).parsed();
            tx.run(em -> {
                Payment stored = em.createNamedQuery("Payment.findByReference", Payment.class)
                        .setParameter("reference", item.reference()).getSingleResult();
                assertEquals(sent.details(), stored.details(), item.reference());
                assertEquals(sent.settlement(), stored.settlement(), item.reference());
                assertEquals(owner.nir(), stored.getInsuredPerson().getNir().value());
                assertEquals(item.beneficiaryGivenNames(), stored.getBeneficiary() == null ? null
                        : stored.getBeneficiary().getGivenNames());
                assertTrue(!stored.getReceivedAt().isBefore(before.minusSeconds(1))
                        && !stored.getReceivedAt().isAfter(clock.instant()), stored.getReceivedAt().toString());
            });
        }

        PaymentItem paid = new PaymentItem(care, owner.nir(), "Léa", "2015-06-01", "REIMBURSEMENT",
                today.minusDays(9).toString(), "Pharmacie", "Pharmacie du Port", "41.30", "38.00", "65", "24.70",
                "0", "0.50", "PAID", null, today.minusDays(1).toString(), "FR7630006000011234567890189", null, null,
                null, null, null, null, null);
        assertEquals(1, Callers.asClaimsSystem(() -> feed.submit(List.of(FeedEntry.of(1, paid)))).updated());
        assertEquals(PaymentStatus.PAID, tx.call(em -> em.createNamedQuery("Payment.findByReference", Payment.class)
                .setParameter("reference", care).getSingleResult().getStatus()));
    }

    private Owner owner() {
        int n = SEQUENCE.incrementAndGet();
        String nir = "28505" + "99" + String.format("%06d", n % 1_000_000);
        long accountId = tx.call(em -> {
            InsuredPerson person = new InsuredPerson(Nir.parse(nir, false), "PAYEUR", "Marion", LocalDate.of(1985, 5, 1),
                    InsuredPerson.Sex.FEMALE, new PostalAddress("1 RUE DU TEST", null, "75001", "PARIS", "FRANCE"));
            em.persist(person);
            Account account = new Account(person, null, Instant.now());
            em.persist(account);
            em.flush();
            return account.getId();
        });
        return new Owner(accountId, nir);
    }

    /** Persists a payment (child: a beneficiary's given names, Léa born before Hugo and Noé); returns its id. */
    private long pay(Owner owner, String reference, LocalDate careDate, String amount, PaymentStatus status,
                     String child, String kind) {
        Map<String, String> parameters = new HashMap<>(Map.of("nir", owner.nir(), "reference",
                reference + "-" + owner.accountId(), "careDate", careDate.toString(), "amount", amount,
                "status", status.name()));
        if (child != null) {
            parameters.put("child", child);
        }
        if (kind != null) {
            parameters.put("kind", kind);
        }
        return tx.call(em -> {
            var payment = TestPayments.persist(em, parameters::get);
            em.flush();
            return payment.getId();
        });
    }
}
