package org.compteassure.service.payment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.compteassure.persistence.account.Account;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.demarche.DemarcheType;
import org.compteassure.persistence.payment.Payment;
import org.compteassure.persistence.payment.PaymentKind;
import org.compteassure.persistence.payment.PaymentReport;
import org.compteassure.persistence.payment.PaymentReport.Reason;
import org.compteassure.persistence.payment.PaymentStatus;
import org.compteassure.service.NotFoundException;
import org.compteassure.service.demarche.DemarcheService;
import org.compteassure.service.payment.PaymentEvents.PaymentReported;
import org.compteassure.service.security.Act;
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
 * <p>
 * « Signaler un paiement » ({@link #report}) is the one write: a démarche for the fund's fraud team and a thread for
 * an adviser, in one transaction.
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
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @EJB
    private DemarcheService demarches;

    @Inject
    private Event<PaymentReported> reported;

    /**
     * One page of the caller's payments matching the filter, newest first, with the totals and the monthly amounts
     * paid over everything the filter matches.
     *
     * @param page 1-based; out-of-range values give the nearest page that exists
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public PaymentPage page(PaymentFilter filter, int page) {
        long accountId = caller.accountFor(Act.PAYMENTS_READ);
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
                new PaymentTotals(count, paid, pendingCount, pending), months, from, to, first);
    }

    /** The caller's {@value #LATEST} newest payments of the window, for the home page. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<PaymentRow> latest() {
        long accountId = caller.accountFor(Act.PAYMENTS_READ);
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
        long accountId = caller.accountFor(Act.PAYMENTS_READ);
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
        long accountId = caller.accountFor(Act.PAYMENTS_READ);
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

    /**
     * The démarche that carries an open report of one of the caller's payments, for the report page.
     *
     * @return its number, or null when the payment is not reported or the fund answered the last report
     * @throws NotFoundException if there is no such payment or it is another person's
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public String openReport(long paymentId) {
        long accountId = caller.accountFor(Act.PAYMENTS_READ);
        owned(accountId, paymentId, LockModeType.NONE);
        return openReportNumber(paymentId);
    }

    /**
     * « Signaler un paiement »: one of the caller's payments looks wrong to them. It becomes a démarche for the
     * fund's fraud team (its message names the payment, the reason and the text) and a thread in the adviser desk
     * with the person's words, both in this transaction. The payment's row is locked first, so that two reports
     * sent at once make one démarche.
     *
     * @param text the person's words: required for {@link Reason#OTHER}, at most {@value PaymentReport#MAX_TEXT}
     * @return the démarche's number
     * @throws NotFoundException        if there is no such payment or it is another person's
     * @throws InvalidReportException   if the reason is missing, or the text is missing for « Autre » or too long
     * @throws AlreadyReportedException if an earlier report of this payment is still open
     */
    public String report(long paymentId, Reason reason, String text) {
        long accountId = caller.accountFor(Act.PAYMENT_REPORTED);
        Payment payment = owned(accountId, paymentId, LockModeType.PESSIMISTIC_WRITE);
        String words = text == null || text.isBlank() ? null : text.strip();
        if (reason == null || (reason == Reason.OTHER && words == null)
                || (words != null && words.length() > PaymentReport.MAX_TEXT)) {
            throw new InvalidReportException();
        }
        String open = openReportNumber(paymentId);
        if (open != null) {
            throw new AlreadyReportedException(open);
        }
        Instant now = clock.instant();
        String care = payment.getActLabel() + " · " + DAY.format(payment.getCareDate());
        String number = demarches.open(DemarcheType.PAYMENT_REPORT, payment.getInsuredPerson(), care,
                reportDetails(payment, reason, words));
        em.persist(new PaymentReport(paymentId, payment.getInsuredPerson().getId(), reason, words, number, now));
        reported.fire(new PaymentReported(payment.getInsuredPerson().getId(), number, number + " · " + care,
                reportBody(payment, reason, words, number), now));
        return number;
    }

    /** The reasons as the back office reads them (docs/back-office.md). */
    private static String reasonCode(Reason reason) {
        return switch (reason) {
            case CARE_NOT_RECEIVED -> "SOINS_NON_RECUS";
            case WRONG_AMOUNT -> "MONTANT_ERRONE";
            case OTHER -> "AUTRE";
        };
    }

    /** The {@code details} of the démarche's message: the payment as the claims system sent it, the reason, the text. */
    private static JsonObject reportDetails(Payment payment, Reason reason, String words) {
        JsonObjectBuilder paid = Json.createObjectBuilder()
                .add("id", payment.getId())
                .add("reference", payment.getReference())
                .add("nature", payment.getKind().name())
                .add("dateSoins", payment.getCareDate().toString())
                .add("acte", payment.getActLabel())
                .add("montantPaye", payment.getAmountPaid())
                .add("statut", payment.getStatus().name());
        if (payment.getPractitioner() != null) {
            paid.add("professionnel", payment.getPractitioner());
        }
        if (payment.getBeneficiary() != null) {
            paid.add("beneficiaire", payment.getBeneficiary().getGivenNames());
        }
        JsonObjectBuilder details = Json.createObjectBuilder().add("paiement", paid).add("motif", reasonCode(reason));
        if (words != null) {
            details.add("texte", words);
        }
        return details.build();
    }

    /** The thread's first message, in the fund's language: what was reported and why, then the person's words. */
    private static String reportBody(Payment payment, Reason reason, String words, String number) {
        String why = switch (reason) {
            case CARE_NOT_RECEIVED -> "je n'ai pas reçu ces soins";
            case WRONG_AMOUNT -> "le montant me semble faux";
            case OTHER -> "autre";
        };
        return "Je signale le paiement " + payment.getReference() + " (" + payment.getActLabel() + ", soins du "
                + DAY.format(payment.getCareDate()) + ", " + payment.getAmountPaid().toPlainString().replace('.', ',')
                + " €) : " + why + ". Démarche " + number + "." + (words == null ? "" : "\n\n" + words);
    }

    private String openReportNumber(long paymentId) {
        return em.createNamedQuery("PaymentReport.findOpenNumber", String.class)
                .setParameter("paymentId", paymentId)
                .getResultStream().findFirst().orElse(null);
    }

    /** The payment if it is the caller's (locked as asked), else not found: the same answer for both. */
    private Payment owned(long accountId, long paymentId, LockModeType lock) {
        Payment payment = em.find(Payment.class, paymentId, lock);
        if (payment == null || !payment.getInsuredPerson().getId()
                .equals(em.find(Account.class, accountId).getInsuredPerson().getId())) {
            throw new NotFoundException("payment");
        }
        return payment;
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
