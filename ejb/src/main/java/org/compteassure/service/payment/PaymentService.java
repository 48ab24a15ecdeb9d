package org.compteassure.service.payment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.payment.Payment;
import org.compteassure.persistence.payment.PaymentKind;
import org.compteassure.persistence.payment.PaymentStatus;
import org.compteassure.service.NotFoundException;
import org.compteassure.service.security.Caller;
import org.compteassure.service.security.Roles;

/**
 * What an insured person sees of their payments ("Mes paiements", its detail, the home page): only their own and
 * their beneficiaries', only the last {@value #MONTHS} months in lists.
 * <p>
 * Built for 2·10⁷ rows: every query is bounded by one person and a care-date range, so it reads a slice of the
 * index {@code payment_person_date_ix (insured_person_id, care_date, id)} backwards, in the order of the page;
 * lists read only the columns they show (constructor expressions, no entity, no lazy load, no N+1); a page costs
 * three statements whatever the table's size: the person and beneficiaries, one aggregate (totals and chart), and
 * the 20 rows. The pages' reads join the caller's transaction if any and start none ({@code SUPPORTS}): beginning
 * and committing one was a twentieth of a first view's CPU (docs/benchmarks.md).
 */
@Stateless
@RolesAllowed(Roles.INSURED)
public class PaymentService {

    public static final int MONTHS = 27;
    public static final int PAGE_SIZE = 20;
    public static final int LATEST = 3;

    private static final String ROW = "SELECT NEW org.compteassure.service.payment.PaymentRow(p.id, p.careDate, "
            + "p.kind, p.actLabel, b.givenNames, p.amountPaid, p.status, p.dailyAllowance.periodFrom, "
            + "p.dailyAllowance.periodTo)";
    /** The beneficiary is outer-joined and filtered through its alias: a path such as p.beneficiary would inner-join. */
    private static final String FROM = " FROM Payment p LEFT JOIN p.beneficiary b WHERE ";
    private static final String NEWEST_FIRST = " ORDER BY p.careDate DESC, p.id DESC";

    @Inject
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    /**
     * One page of the caller's payments matching the filter, newest first, with the totals and the monthly amounts
     * paid over everything the filter matches.
     *
     * @param page 1-based; out-of-range values give the nearest page that exists
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public PaymentPage page(PaymentFilter filter, int page) {
        long accountId = caller.accountId();
        Person person = person(accountId);
        YearMonth first = firstMonth();
        YearMonth last = YearMonth.now(clock);
        YearMonth from = clamp(filter.from() == null ? first : filter.from(), first, last);
        YearMonth to = clamp(filter.to() == null ? last : filter.to(), first, last);
        if (from.isAfter(to)) {
            YearMonth swap = from;
            from = to;
            to = swap;
        }
        Criteria criteria = new Criteria(person.id(), from.atDay(1), to.atEndOfMonth(), filter);

        List<Object[]> sums = criteria.bind(em.createQuery("SELECT p.careDate, p.status, COUNT(p), SUM(p.amountPaid)"
                + FROM + criteria.where() + " GROUP BY p.careDate, p.status", Object[].class))
                .getResultList();
        long count = 0;
        long pendingCount = 0;
        BigDecimal paid = zero();
        BigDecimal pending = zero();
        Map<YearMonth, BigDecimal> byMonth = new TreeMap<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            byMonth.put(month, zero());
        }
        for (Object[] sum : sums) {
            PaymentStatus status = (PaymentStatus) sum[1];
            long n = ((Number) sum[2]).longValue();
            BigDecimal amount = (BigDecimal) sum[3];
            count += n;
            if (status == PaymentStatus.PAID) {
                paid = paid.add(amount);
                byMonth.merge(YearMonth.from((LocalDate) sum[0]), amount, BigDecimal::add);
            } else if (status == PaymentStatus.PENDING) {
                pendingCount += n;
                pending = pending.add(amount);
            }
        }
        int pages = (int) Math.max(1, (count + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(1, page), pages);
        List<PaymentRow> rows = count == 0 ? List.of()
                : criteria.bind(em.createQuery(ROW + FROM + criteria.where() + NEWEST_FIRST, PaymentRow.class))
                        .setFirstResult((shown - 1) * PAGE_SIZE).setMaxResults(PAGE_SIZE).getResultList();
        List<MonthAmount> months = byMonth.entrySet().stream()
                .map(e -> new MonthAmount(e.getKey(), e.getValue())).toList();
        return new PaymentPage(person.names(), rows, shown, pages,
                new PaymentTotals(count, paid, pendingCount, pending), months, from, to);
    }

    /** The caller's {@value #LATEST} newest payments of the window, for the home page. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<PaymentRow> latest() {
        long accountId = caller.accountId();
        return newest(person(accountId).id(), LATEST);
    }

    /**
     * A person's newest payments of the window, whether or not they have an online account: for the adviser desk,
     * which checks its caller's role and logs the access.
     */
    @RolesAllowed(Roles.ADVISER)
    public List<PaymentRow> newest(long insuredPersonId, int max) {
        Criteria criteria = new Criteria(insuredPersonId, firstMonth().atDay(1), YearMonth.now(clock).atEndOfMonth(),
                PaymentFilter.none());
        return criteria.bind(em.createQuery(ROW + FROM + criteria.where() + NEWEST_FIRST, PaymentRow.class))
                .setMaxResults(max).getResultList();
    }

    /** The caller's daily allowances (IJ) of the window, newest first, with the period each one pays. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AllowanceRow> allowances() {
        long accountId = caller.accountId();
        return em.createQuery("SELECT NEW org.compteassure.service.payment.AllowanceRow(p.id, "
                        + "p.dailyAllowance.periodFrom, p.dailyAllowance.periodTo, p.dailyAllowance.days, "
                        + "p.dailyAllowance.grossTotal, p.dailyAllowance.csgCrds, p.amountPaid, p.status, p.paymentDate) "
                        + "FROM Payment p WHERE p.insuredPerson = :person AND p.careDate >= :from "
                        + "AND p.kind = :kind" + NEWEST_FIRST, AllowanceRow.class)
                .setParameter("person", em.getReference(InsuredPerson.class, person(accountId).id()))
                .setParameter("from", firstMonth().atDay(1))
                .setParameter("kind", PaymentKind.DAILY_ALLOWANCE)
                .getResultList();
    }

    /**
     * Every field of one of the caller's payments.
     *
     * @throws NotFoundException if there is no such payment or it is another person's (the same answer for both)
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public PaymentDetail detail(long paymentId) {
        long accountId = caller.accountId();
        Person person = person(accountId);
        List<Object[]> found = em.createQuery("SELECT p, b.givenNames FROM Payment p LEFT JOIN p.beneficiary b "
                        + "WHERE p.id = :id AND p.insuredPerson = :person", Object[].class)
                .setParameter("id", paymentId)
                .setParameter("person", em.getReference(InsuredPerson.class, person.id()))
                .getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("payment");
        }
        return PaymentDetail.of((Payment) found.get(0)[0], (String) found.get(0)[1]);
    }

    /** The first month lists show: the current month and the 26 before it make the window. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public YearMonth firstMonth() {
        return YearMonth.now(clock).minusMonths(MONTHS - 1);
    }

    private record Person(long id, Beneficiaries names) {
    }

    /** The person behind the account and their children (own, or as second parent), in one statement. */
    private Person person(long accountId) {
        List<Object[]> rows = em.createQuery("SELECT ip.id, ip.givenNames, b.id, b.givenNames FROM InsuredPerson ip "
                        + "LEFT JOIN Beneficiary b ON b.insuredPerson = ip OR b.secondParent = ip "
                        + "WHERE ip.id IN (SELECT a.insuredPerson.id FROM Account a WHERE a.id = :account) "
                        + "ORDER BY b.birthDate, b.id", Object[].class)
                .setParameter("account", accountId)
                .getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("account");
        }
        List<Beneficiaries.Option> children = new ArrayList<>();
        for (Object[] row : rows) {
            if (row[2] != null) {
                children.add(new Beneficiaries.Option(((Number) row[2]).longValue(), (String) row[3]));
            }
        }
        return new Person(((Number) rows.get(0)[0]).longValue(), new Beneficiaries((String) rows.get(0)[1], children));
    }

    /** The WHERE clause of a filter and its parameters: the person and the care-date range always come first. */
    private final class Criteria {
        private final long personId;
        private final LocalDate from;
        private final LocalDate to;
        private final PaymentFilter filter;

        Criteria(long personId, LocalDate from, LocalDate to, PaymentFilter filter) {
            this.personId = personId;
            this.from = from;
            this.to = to;
            this.filter = filter;
        }

        String where() {
            StringBuilder where = new StringBuilder("p.insuredPerson = :person AND p.careDate BETWEEN :from AND :to");
            if (filter.beneficiary() != null) {
                where.append(filter.beneficiary() == PaymentFilter.SELF ? " AND b.id IS NULL"
                        : " AND b.id = :beneficiary");
            }
            if (filter.kind() != null) {
                where.append(" AND p.kind = :kind");
            }
            if (filter.status() != null) {
                where.append(" AND p.status = :status");
            }
            return where.toString();
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            query.setParameter("person", em.getReference(InsuredPerson.class, personId))
                    .setParameter("from", from)
                    .setParameter("to", to);
            if (filter.beneficiary() != null && filter.beneficiary() != PaymentFilter.SELF) {
                query.setParameter("beneficiary", filter.beneficiary());
            }
            if (filter.kind() != null) {
                query.setParameter("kind", filter.kind());
            }
            if (filter.status() != null) {
                query.setParameter("status", filter.status());
            }
            return query;
        }
    }

    private static YearMonth clamp(YearMonth month, YearMonth first, YearMonth last) {
        return month.isBefore(first) ? first : month.isAfter(last) ? last : month;
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
