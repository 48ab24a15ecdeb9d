package org.compteassure.service.document;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Function;
import org.compteassure.persistence.account.Account;
import org.compteassure.persistence.account.Beneficiary;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.account.Rights;
import org.compteassure.persistence.document.DocumentType;
import org.compteassure.persistence.document.IssuedDocument;
import org.compteassure.persistence.domain.Amounts;
import org.compteassure.persistence.domain.Dates;
import org.compteassure.persistence.payment.DailyAllowance;
import org.compteassure.persistence.payment.Payment;
import org.compteassure.persistence.payment.PaymentKind;
import org.compteassure.service.NotFoundException;
import org.compteassure.service.account.Child;
import org.compteassure.service.account.FamilyService;
import org.compteassure.service.code.AttemptLimiter;
import org.compteassure.service.code.Secrets;
import org.compteassure.service.platform.Installation;
import org.compteassure.service.security.Act;
import org.compteassure.service.security.Caller;
import org.compteassure.service.security.Roles;

/**
 * The documents of an insured person and of their beneficiaries, generated on demand as PDFs (one layout,
 * {@link DocumentPdf}), each with a new verification code remembered as an {@link IssuedDocument}; and the public
 * check of such a code. Every method that takes an account id only reaches that person and their children
 * ({@link FamilyService#child}): anything else is {@link NotFoundException}, whether it exists or not.
 */
@Stateless
@RolesAllowed(Roles.INSURED)
public class DocumentService {

    /** Monthly statements exist for the current month and the 26 before it (payments are shown for 27 months). */
    public static final int STATEMENT_MONTHS = 27;
    /** Tax statements exist for the previous years still within the statements' reach. */
    public static final int TAX_YEARS = 2;

    private static final String CHECK_BUDGET = "verifier:";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.FRENCH);

    /** A PDF ready to download, its file name saying what and who ({@code attestation-droits-lea-dupont-2026-12-02.pdf}). */
    public record Pdf(String fileName, byte[] bytes) {
    }

    /**
     * What /verifier may say about a document: the holder's family name and only the initial of the given name, kept
     * apart so that the page never writes « M. DUPONT » (read as « Monsieur ») for Marie.
     */
    public record Verified(DocumentType type, String title, String holderFamilyName, String holderInitial,
                           LocalDate from, LocalDate to, LocalDate issuedOn) {
    }

    @Inject
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @EJB
    private FamilyService family;

    @Inject
    private Installation installation;

    @EJB
    private AttemptLimiter limiter;

    /**
     * "Attestation de droits" for the person ({@code beneficiaryId} null) or one of their children: exactly the rights
     * the register states (regime, fund, period, médecin traitant), never a period of the portal's own.
     *
     * @throws NoRightsException if the register has sent no rights for them (the page offers none then)
     */
    public Pdf rights(Long beneficiaryId) {
        long accountId = caller.accountFor(Act.DOCUMENT_ISSUED);
        InsuredPerson person = person(accountId);
        Beneficiary child = beneficiaryId == null ? null : family.child(beneficiaryId);
        Rights rights = child == null ? person.getRights() : child.getRights();
        if (rights == null) {
            throw new NoRightsException();
        }
        List<String> paragraphs = new ArrayList<>(List.of(DocumentTexts.text("rights.text")));
        if (child != null) {
            paragraphs.add(DocumentTexts.text("rights.child"));
        }
        List<String[]> identity = identity(person, child, rights.getFundName() + " (" + rights.getFundCode() + ")",
                rights.getEnd() == null ? DocumentTexts.text("rights.open", Dates.table(rights.getStart()))
                        : DocumentTexts.text("period", Dates.table(rights.getStart()), Dates.table(rights.getEnd())));
        identity.add(identity.size() - 1, pair("identity.regime", DocumentTexts.textOr("regime." + rights.getRegime(), rights.getRegime())));
        if (rights.getDoctor() != null) {
            identity.add(identity.size() - 1, pair("identity.doctor", rights.getDoctor()));
        }
        return issue(DocumentType.RIGHTS, person, child, rights.getStart(), rights.getEnd(), "attestation-droits",
                code -> content(DocumentType.RIGHTS, identity, paragraphs, List.of(), code));
    }

    /** Whether the register has sent rights for the person and for each of their children: what can be attested. */
    public RightsOnFile rightsOnFile() {
        InsuredPerson person = person(caller.accountFor(Act.DOCUMENTS_READ));
        return new RightsOnFile(person.getRights() != null, family.children().stream()
                .filter(child -> family.child(child.id()).getRights() != null)
                .map(Child::id).collect(Collectors.toSet()));
    }

    /** What {@link #rightsOnFile} answers: the person's own, and the ids of the children that have rights. */
    public record RightsOnFile(boolean own, Set<Long> children) {

        public boolean any() {
            return own || !children.isEmpty();
        }

        public boolean child(long id) {
            return children.contains(id);
        }
    }

    /**
     * "Attestation de paiement d'indemnités journalières": the daily allowances paid in that period, with totals.
     *
     * @throws InvalidPeriodException if the period ends before it starts, ends in the future, or starts before the
     *                                payments the fund still shows (27 months)
     */
    public Pdf dailyAllowances(LocalDate from, LocalDate to) {
        long accountId = caller.accountFor(Act.DOCUMENT_ISSUED);
        LocalDate today = today();
        if (from == null || to == null || to.isBefore(from) || to.isAfter(today)
                || from.isBefore(today.minusMonths(STATEMENT_MONTHS).withDayOfMonth(1))) {
            throw new InvalidPeriodException();
        }
        InsuredPerson person = person(accountId);
        List<Payment> paid = paid(person, PaymentKind.DAILY_ALLOWANCE, from, to);
        String intro = DocumentTexts.text("allowances.text", Dates.table(from), Dates.table(to));
        return issue(DocumentType.DAILY_ALLOWANCES, person, null, from, to, "attestation-ij", code -> content(
                DocumentType.DAILY_ALLOWANCES, identity(person, null, from, to),
                List.of(paid.isEmpty() ? DocumentTexts.text("allowances.none") : intro), allowanceTables(paid), code));
    }

    /** The months that have a monthly statement, newest first. */
    public List<YearMonth> statementMonths() {
        YearMonth current = YearMonth.now(clock);
        List<YearMonth> months = new ArrayList<>(STATEMENT_MONTHS);
        for (int i = 0; i < STATEMENT_MONTHS; i++) {
            months.add(current.minusMonths(i));
        }
        return months;
    }

    /** The years that have a tax statement, newest first. */
    public List<Year> taxYears() {
        Year current = Year.now(clock);
        List<Year> years = new ArrayList<>(TAX_YEARS);
        for (int i = 1; i <= TAX_YEARS; i++) {
            years.add(current.minusYears(i));
        }
        return years;
    }

    /**
     * "Relevé mensuel": every payment made to the person in that month (care of the family and daily allowances).
     *
     * @throws NotFoundException for a month outside {@link #statementMonths()}
     */
    public Pdf monthlyStatement(YearMonth month) {
        long accountId = caller.accountFor(Act.DOCUMENT_ISSUED);
        if (!statementMonths().contains(month)) {
            throw new NotFoundException("statement");
        }
        InsuredPerson person = person(accountId);
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        List<Payment> paid = paid(person, null, from, to);
        List<List<String>> rows = paid.stream().map(p -> List.of(Dates.table(p.getPaymentDate()), forWhom(p),
                p.getActLabel(), Dates.table(p.getCareDate()), euros(p.getAmountPaid()))).toList();
        List<DocumentPdf.Table> tables = paid.isEmpty() ? List.of() : List.of(new DocumentPdf.Table(
                DocumentTexts.text("monthly.caption"),
                List.of(t("monthly.paidOn"), t("monthly.for"), t("monthly.what"), t("monthly.careDate"),
                        t("monthly.amount")),
                rows, List.of(t("monthly.total"), "", "", "", euros(sum(paid, Payment::getAmountPaid)))));
        String monthName = MONTH.format(month);
        return issue(DocumentType.MONTHLY_STATEMENT, person, null, from, to, "releve-" + month, code -> content(
                DocumentType.MONTHLY_STATEMENT, identity(person, null, from, to),
                List.of(paid.isEmpty() ? t("monthly.none") : DocumentTexts.text("monthly.text", monthName)), tables, code));
    }

    /**
     * "Relevé fiscal": the daily allowances paid in that year, gross, CSG/CRDS and net, with totals.
     *
     * @throws NotFoundException for a year outside {@link #taxYears()}
     */
    public Pdf taxStatement(Year year) {
        long accountId = caller.accountFor(Act.DOCUMENT_ISSUED);
        if (!taxYears().contains(year)) {
            throw new NotFoundException("tax statement");
        }
        InsuredPerson person = person(accountId);
        LocalDate from = year.atDay(1);
        LocalDate to = year.atMonth(12).atEndOfMonth();
        List<Payment> paid = paid(person, PaymentKind.DAILY_ALLOWANCE, from, to);
        return issue(DocumentType.TAX_STATEMENT, person, null, from, to, "releve-fiscal-" + year, code -> content(
                DocumentType.TAX_STATEMENT, identity(person, null, from, to),
                List.of(paid.isEmpty() ? t("tax.none") : DocumentTexts.text("tax.text", year.toString())),
                allowanceTables(paid), code));
    }

    /**
     * "Certificat provisoire de remplacement" of the European card, for the person or a child whose ownership the
     * caller ({@code CardService}) has checked.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Pdf provisionalCertificate(InsuredPerson person, Beneficiary child, LocalDate from, LocalDate to) {
        List<String[]> identity = identity(person, child, from, to);
        return issue(DocumentType.PROVISIONAL_CERTIFICATE, person, child, from, to, "certificat-provisoire",
                code -> content(DocumentType.PROVISIONAL_CERTIFICATE, identity, List.of(t("certificate.text")),
                        List.of(), code));
    }

    /**
     * The public check of a printed code: what the document says, or empty if no document has that code. Each
     * failure counts against the client address ({@link AttemptLimiter}, its own budget); over the limit, even a
     * real code is refused.
     *
     * @throws org.compteassure.service.code.TooManyAttemptsException when this address failed too often this hour
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    // Anonymous: the public check of a document's code (/verifier), limited per address.
    @PermitAll
    public Optional<Verified> verify(String typed, String clientAddress) {
        Instant now = clock.instant();
        String budget = CHECK_BUDGET + clientAddress;
        limiter.check(budget, now);
        String code = VerificationCode.normalize(typed);
        Optional<IssuedDocument> found = code == null ? Optional.empty()
                : em.createNamedQuery("IssuedDocument.findByCodeHash", IssuedDocument.class)
                .setParameter("codeHash", Secrets.sha256(code)).getResultStream().findFirst();
        if (found.isEmpty()) {
            AttemptLimiter.recordFailure(limiter, budget, now);
            return Optional.empty();
        }
        IssuedDocument document = found.get();
        String initial = document.getHolderGivenNames().strip().substring(0, 1).toUpperCase(Locale.FRENCH);
        return Optional.of(new Verified(document.getType(), DocumentTexts.text("type." + document.getType().name()),
                document.getHolderFamilyName(), initial,
                document.getPeriodFrom(), document.getPeriodTo(),
                document.getIssuedAt().atZone(clock.getZone()).toLocalDate()));
    }

    private Pdf issue(DocumentType type, InsuredPerson person, Beneficiary child, LocalDate from, LocalDate to,
                      String fileName, Function<String, DocumentPdf.Content> content) {
        String code = VerificationCode.generate();
        em.persist(new IssuedDocument(type, Secrets.sha256(code), person, child, from, to, clock.instant()));
        byte[] pdf = new DocumentPdf(installation.letterhead()).render(content.apply(code));
        return child == null ? new Pdf(FileNames.of(fileName, person.getGivenNames(), person.getFamilyName(), today()), pdf)
                : new Pdf(FileNames.of(fileName, child.getGivenNames(), child.getFamilyName(), today()), pdf);
    }

    private DocumentPdf.Content content(DocumentType type, List<String[]> identity, List<String> paragraphs,
                                        List<DocumentPdf.Table> tables, String code) {
        String grouped = VerificationCode.grouped(code);
        return new DocumentPdf.Content(DocumentTexts.text("type." + type.name()), identity, paragraphs, tables,
                List.of(), grouped, installation.baseUrl() + "/verifier?code=" + grouped, t("verification.text"));
    }

    private List<String[]> identity(InsuredPerson person, Beneficiary child, LocalDate from, LocalDate to) {
        return identity(person, child, t("identity.fund.value"),
                DocumentTexts.text("period", Dates.table(from), Dates.table(to)));
    }

    private List<String[]> identity(InsuredPerson person, Beneficiary child, String fund, String period) {
        List<String[]> identity = new ArrayList<>();
        if (child == null) {
            identity.add(pair("identity.name", person.getFamilyName() + " " + person.getGivenNames()));
            identity.add(pair("identity.birthDate", Dates.table(person.getBirthDate())));
            identity.add(pair("identity.nir", person.getNir().grouped()));
            identity.add(pair("identity.address", String.join(", ", person.getAddress().lines())));
        } else {
            identity.add(pair("identity.name", child.getFamilyName() + " " + child.getGivenNames()));
            identity.add(pair("identity.birthDate", Dates.table(child.getBirthDate())));
            identity.add(pair("identity.parent", person.getGivenNames() + " " + person.getFamilyName() + " — "
                    + person.getNir().grouped()));
        }
        identity.add(pair("identity.fund", fund));
        identity.add(pair("identity.period", period));
        identity.add(pair("identity.issued", Dates.table(today())));
        return identity;
    }

    private List<DocumentPdf.Table> allowanceTables(List<Payment> paid) {
        if (paid.isEmpty()) {
            return List.of();
        }
        List<List<String>> rows = paid.stream().map(p -> {
            DailyAllowance ij = p.getDailyAllowance();
            return List.of(DocumentTexts.text("period", Dates.table(ij.getPeriodFrom()), Dates.table(ij.getPeriodTo())),
                    String.valueOf(ij.getDays()), euros(ij.getGrossTotal()), euros(ij.getCsgCrds()),
                    euros(p.getAmountPaid()), Dates.table(p.getPaymentDate()));
        }).toList();
        int days = paid.stream().mapToInt(p -> p.getDailyAllowance().getDays()).sum();
        return List.of(new DocumentPdf.Table(t("allowances.caption"),
                List.of(t("allowances.from"), t("allowances.days"), t("allowances.gross"), t("allowances.csg"),
                        t("allowances.net"), t("allowances.paidOn")),
                rows, List.of(t("allowances.total"), String.valueOf(days),
                euros(sum(paid, p -> p.getDailyAllowance().getGrossTotal())),
                euros(sum(paid, p -> p.getDailyAllowance().getCsgCrds())), euros(sum(paid, Payment::getAmountPaid)), "")));
    }

    private List<Payment> paid(InsuredPerson person, PaymentKind kind, LocalDate from, LocalDate to) {
        return (kind == null ? em.createNamedQuery("Payment.findPaidBetween", Payment.class)
                : em.createNamedQuery("Payment.findPaidOfKindBetween", Payment.class).setParameter("kind", kind))
                .setParameter("person", person).setParameter("from", from).setParameter("to", to).getResultList();
    }

    private static String forWhom(Payment payment) {
        Beneficiary child = payment.getBeneficiary();
        InsuredPerson person = payment.getInsuredPerson();
        return child == null ? person.getGivenNames() + " " + person.getFamilyName()
                : child.getGivenNames() + " " + child.getFamilyName();
    }

    private static BigDecimal sum(List<Payment> payments, Function<Payment, BigDecimal> amount) {
        return payments.stream().map(amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private static String euros(BigDecimal amount) {
        return Amounts.format(amount, Locale.FRENCH);
    }

    private static String t(String key) {
        return DocumentTexts.text(key);
    }

    private static String[] pair(String labelKey, String value) {
        return new String[] {t(labelKey), value};
    }

    /** The person whose documents these are: the caller's own, or the person a helper acts for. */
    private InsuredPerson person(long accountId) {
        return em.find(Account.class, accountId).getInsuredPerson();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
