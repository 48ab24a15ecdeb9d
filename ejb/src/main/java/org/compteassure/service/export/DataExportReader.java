package org.compteassure.service.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.compteassure.persistence.account.Account;
import org.compteassure.persistence.account.Beneficiary;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.account.NoticePreference;
import org.compteassure.persistence.account.PaperlessConsent;
import org.compteassure.persistence.account.ProfileChange;
import org.compteassure.persistence.account.Rights;
import org.compteassure.persistence.appointment.Appointment;
import org.compteassure.persistence.code.TrustedDevice;
import org.compteassure.persistence.code.UserSession;
import org.compteassure.persistence.demarche.Demarche;
import org.compteassure.persistence.document.IssuedDocument;
import org.compteassure.persistence.messaging.AccessLog;
import org.compteassure.persistence.messaging.Attachment;
import org.compteassure.persistence.mandate.Mandate;
import org.compteassure.persistence.messaging.Message;
import org.compteassure.persistence.payment.DailyAllowance;
import org.compteassure.persistence.payment.Payment;
import org.compteassure.persistence.security.AccountActivity;
import org.compteassure.service.NotFoundException;
import org.compteassure.service.export.ExportRecords.Acces;
import org.compteassure.service.export.ExportRecords.Activite;
import org.compteassure.service.export.ExportRecords.Appareil;
import org.compteassure.service.export.ExportRecords.Compte;
import org.compteassure.service.export.ExportRecords.Consentement;
import org.compteassure.service.export.ExportRecords.Consultation;
import org.compteassure.service.export.ExportRecords.Droits;
import org.compteassure.service.export.ExportRecords.Enfant;
import org.compteassure.service.export.ExportRecords.Etape;
import org.compteassure.service.export.ExportRecords.Identite;
import org.compteassure.service.export.ExportRecords.Indemnites;
import org.compteassure.service.export.ExportRecords.MessageEchange;
import org.compteassure.service.export.ExportRecords.Modification;
import org.compteassure.service.export.ExportRecords.Paiement;
import org.compteassure.service.export.ExportRecords.PieceJointe;
import org.compteassure.service.export.ExportRecords.PreferenceAvis;
import org.compteassure.service.export.ExportRecords.RendezVous;
import org.compteassure.service.messaging.StaffNames;
import org.compteassure.service.security.Roles;

/**
 * Reads one person's data for their export, a page at a time, each page in a transaction of its own: what a page
 * read is mapped to {@link ExportRecords} and forgotten by the persistence context when the page's transaction ends,
 * so memory holds one page, whatever the person's history. Pages follow the rows' ids (keyset), so rows added
 * meanwhile never shift a page. Every query is bound to the person: nobody else's row can be read.
 */
@Stateless
@RolesAllowed(Roles.SYSTEM)
public class DataExportReader {

    /** Rows read per transaction. */
    static final int PAGE = 200;

    /** The ZIP folder of the attachments' files. */
    static final String ATTACHMENT_FOLDER = ExportSection.ATTACHMENTS.file();

    private static final String ACCOUNTS = "(SELECT a.id FROM Account a WHERE a.insuredPerson.id = :person)";

    /** The records of one page, and the id to read the next page after (none when {@code more} is false). */
    public record Page(List<Object> records, long last, boolean more) {
    }

    /** An attachment's file: its path in the ZIP and its bytes. */
    public record AttachmentFile(String path, byte[] content) {
    }

    @Inject
    private EntityManager em;

    /** The object of {@link ExportSection#IDENTITY} or {@link ExportSection#ACCOUNT}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Object single(ExportSection section, long personId) {
        InsuredPerson person = em.find(InsuredPerson.class, personId);
        if (person == null) {
            throw new NotFoundException("person");
        }
        return switch (section) {
            case IDENTITY -> identity(person);
            case ACCOUNT -> account(personId);
            default -> throw new IllegalArgumentException(section + " is read page by page");
        };
    }

    /** The page of that kind after the row {@code after} (0: the first page). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Page page(ExportSection section, long personId, long after) {
        List<?> rows = em.createQuery(query(section), Object.class)
                .setParameter("person", personId)
                .setParameter("after", after)
                .setMaxResults(PAGE)
                .getResultList();
        if (rows.isEmpty()) {
            return new Page(List.of(), after, false);
        }
        Object lastRow = rows.get(rows.size() - 1);
        long last = ((Number) em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(lastRow)).longValue();
        return new Page(map(section, personId, rows), last, rows.size() == PAGE);
    }

    /** One attachment's bytes, if it is in one of the person's conversations (and not an adviser's note). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public AttachmentFile attachment(long personId, long attachmentId) {
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null || attachment.getMessage().getThread().getInsuredPerson().getId() != personId
                || attachment.getMessage().getKind() == Message.Kind.NOTE) {
            throw new NotFoundException("attachment");
        }
        return new AttachmentFile(path(attachment), attachment.getContent());
    }

    private static String query(ExportSection section) {
        return switch (section) {
            case DETAILS_HISTORY -> "SELECT c FROM ProfileChange c WHERE c.insuredPersonId = :person AND c.id > :after "
                    + "ORDER BY c.id";
            case PAYMENTS -> "SELECT p FROM Payment p WHERE p.insuredPerson.id = :person AND p.id > :after ORDER BY p.id";
            case DOCUMENTS -> "SELECT d FROM IssuedDocument d WHERE d.insuredPerson.id = :person AND d.id > :after "
                    + "ORDER BY d.id";
            case MESSAGES -> "SELECT m FROM Message m WHERE m.thread.insuredPerson.id = :person AND m.kind <> "
                    + "org.compteassure.persistence.messaging.Message.Kind.NOTE AND m.id > :after ORDER BY m.id";
            case ATTACHMENTS -> "SELECT a FROM Attachment a WHERE a.message.thread.insuredPerson.id = :person AND "
                    + "a.message.kind <> org.compteassure.persistence.messaging.Message.Kind.NOTE AND a.id > :after "
                    + "ORDER BY a.id";
            case DEMARCHES -> "SELECT d FROM Demarche d WHERE d.insuredPersonId = :person AND d.id > :after ORDER BY d.id";
            case APPOINTMENTS -> "SELECT a FROM Appointment a WHERE a.insuredPersonId = :person AND a.id > :after "
                    + "ORDER BY a.id";
            case MANDATES -> "SELECT m FROM Mandate m WHERE (m.mandatorAccountId IN " + ACCOUNTS
                    + " OR m.helperAccountId IN " + ACCOUNTS + ") AND m.id > :after ORDER BY m.id";
            case SESSIONS -> "SELECT s FROM UserSession s WHERE s.accountId IN " + ACCOUNTS + " AND s.id > :after "
                    + "ORDER BY s.id";
            case DEVICES -> "SELECT d FROM TrustedDevice d WHERE d.accountId IN " + ACCOUNTS + " AND d.id > :after "
                    + "ORDER BY d.id";
            case ACTIVITY -> "SELECT a FROM AccountActivity a WHERE a.accountId IN " + ACCOUNTS + " AND a.id > :after "
                    + "ORDER BY a.id";
            case CONSULTATIONS -> "SELECT l FROM AccessLog l WHERE l.insuredPersonId = :person AND l.id > :after "
                    + "ORDER BY l.id";
            case IDENTITY, ACCOUNT -> throw new IllegalArgumentException(section + " is one object");
        };
    }

    private List<Object> map(ExportSection section, long personId, List<?> rows) {
        if (section == ExportSection.MANDATES) {
            return rows.stream().map(r -> (Object) mandate((Mandate) r, personId)).toList();
        }
        if (section == ExportSection.CONSULTATIONS) {
            StaffNames names = StaffNames.of(em, rows.stream().map(r -> ((AccessLog) r).getStaffUsername()).toList());
            return rows.stream().map(r -> (Object) consultation((AccessLog) r, names)).toList();
        }
        return rows.stream().map(row -> record(section, row)).toList();
    }

    private static Object record(ExportSection section, Object row) {
        return switch (section) {
            case DETAILS_HISTORY -> change((ProfileChange) row);
            case PAYMENTS -> payment((Payment) row);
            case DOCUMENTS -> document((IssuedDocument) row);
            case MESSAGES -> message((Message) row);
            case ATTACHMENTS -> attachmentEntry((Attachment) row);
            case DEMARCHES -> demarche((Demarche) row);
            case APPOINTMENTS -> appointment((Appointment) row);
            case SESSIONS -> session((UserSession) row);
            case DEVICES -> device((TrustedDevice) row);
            case ACTIVITY -> activity((AccountActivity) row);
            default -> throw new IllegalArgumentException(section.name());
        };
    }

    private static Identite identity(InsuredPerson p) {
        return new Identite(p.getNir().withKey(), p.getFamilyName(), p.getGivenNames(), p.getBirthDate(),
                name(p.getSex()), p.getAddress().lines(), p.getPendingAddress() == null ? null
                : p.getPendingAddress().lines(), p.getIban() == null ? null : p.getIban().value(), p.getIbanHolder(),
                p.getPendingIban() == null ? null : p.getPendingIban().value(), p.getPendingIbanHolder(), p.getEmail(),
                p.getPhone(), p.getVitaleSerial(), rights(p.getRights()),
                p.getBeneficiaries().stream().filter(Beneficiary::isListed).map(b -> new Enfant(b.getId(),
                        b.getFamilyName(), b.getGivenNames(), b.getBirthDate(), rights(b.getRights()))).toList());
    }

    private Compte account(long personId) {
        List<Acces> accounts = em.createQuery("SELECT a FROM Account a WHERE a.insuredPerson.id = :person "
                        + "ORDER BY a.id", Account.class).setParameter("person", personId).getResultStream()
                .map(a -> new Acces(a.getId(), name(a.getStatus()), a.getEmail(), a.getLanguage().getLanguage(),
                        a.getCreatedAt(), a.getCodeChangedAt(), a.getClosedAt(), a.getFranceConnectSub() != null))
                .toList();
        List<PreferenceAvis> preferences = em.createNamedQuery("NoticePreference.findByPerson", NoticePreference.class)
                .setParameter("personId", personId).getResultStream()
                .map(n -> new PreferenceAvis(n.getKind().name(), n.isByEmail(), n.isByLetter())).toList();
        List<Consentement> consents = em.createQuery("SELECT c FROM PaperlessConsent c WHERE c.insuredPersonId = "
                        + ":person ORDER BY c.recordedAt, c.id", PaperlessConsent.class)
                .setParameter("person", personId).getResultStream()
                .map(c -> new Consentement(c.isConsented(), c.getRecordedAt())).toList();
        return new Compte(accounts, preferences, consents);
    }

    private static Droits rights(Rights r) {
        return r == null ? null : new Droits(r.getRegime(), r.getFundCode(), r.getFundName(), r.getStart(), r.getEnd(),
                r.getDoctor());
    }

    private static Modification change(ProfileChange c) {
        return new Modification(c.getId(), name(c.getField()), c.getOldValue(), c.getNewValue(), c.getChangedAt(),
                name(c.getChannel()));
    }

    private static Paiement payment(Payment p) {
        Beneficiary child = p.getBeneficiary();
        DailyAllowance ij = p.getDailyAllowance();
        return new Paiement(p.getId(), p.getReference(), name(p.getKind()),
                child == null ? null : child.getGivenNames() + " " + child.getFamilyName(), p.getCareDate(),
                p.getActLabel(), p.getPractitioner(), p.getAmountSpent(), p.getReimbursementBase(), p.getRate(),
                p.getAmountPaid(), p.getParticipationForfaitaire(), p.getFranchise(), name(p.getStatus()),
                p.getRejectionReason(), p.getPaymentDate(), p.getPaidTo() == null ? null : p.getPaidTo().value(),
                ij == null || ij.getPeriodFrom() == null ? null : new Indemnites(ij.getPeriodFrom(), ij.getPeriodTo(),
                        ij.getDays(), ij.getDailyGross(), ij.getGrossTotal(), ij.getCsgCrds(), ij.getEmployer()),
                p.getReceivedAt());
    }

    private static ExportRecords.Document document(IssuedDocument d) {
        return new ExportRecords.Document(d.getId(), name(d.getType()), d.getHolderFamilyName(),
                d.getHolderGivenNames(), d.getPeriodFrom(), d.getPeriodTo(), d.getIssuedAt());
    }

    private static MessageEchange message(Message m) {
        return new MessageEchange(m.getId(), m.getThread().getId(), name(m.getThread().getSubject()),
                m.getThread().getTopic(), name(m.getThread().getStatus()), name(m.getKind()), m.getBody(),
                m.getCreatedAt(), m.getReadAt(), m.getAttachments().stream().map(DataExportReader::attachmentEntry)
                .toList());
    }

    private static PieceJointe attachmentEntry(Attachment a) {
        return new PieceJointe(a.getId(), a.getFileName(), a.getContentType(), a.getSizeBytes(), a.getSha256(), path(a));
    }

    /** pieces-jointes/{id}-{name}: the id keeps two files of one name apart; the name keeps letters, digits, .-_ */
    private static String path(Attachment a) {
        String safe = a.getFileName().replaceAll("[^\\p{L}\\p{N}._-]+", "_");
        return ATTACHMENT_FOLDER + a.getId() + "-" + (safe.length() > 80 ? safe.substring(safe.length() - 80) : safe);
    }

    private static ExportRecords.Demarche demarche(Demarche d) {
        return new ExportRecords.Demarche(d.getNumber(), name(d.getType()), name(d.getStatus()), d.getSummary(),
                d.getCreatedAt(), d.getEstimatedOn(), d.getReason(), d.getHistory().stream()
                .map(e -> new Etape(name(e.getStatus()), e.getDate(), e.getReason(), e.getRecordedAt())).toList());
    }

    private static RendezVous appointment(Appointment a) {
        return new RendezVous(a.getId(), name(a.getSlot().getKind()), a.getStartsAt(), a.getSlot().getMinutes(),
                name(a.getReason()), a.getNote(), name(a.getStatus()), a.getBookedBy() != null, a.getBookedAt(),
                a.getEndedAt());
    }

    /** A mandate from the person's side: given or received, and the other person's name (the person chose them). */
    private ExportRecords.Mandat mandate(Mandate m, long personId) {
        InsuredPerson mandator = em.find(Account.class, m.getMandatorAccountId()).getInsuredPerson();
        boolean given = mandator.getId() == personId;
        InsuredPerson other = given ? em.find(Account.class, m.getHelperAccountId()).getInsuredPerson() : mandator;
        return new ExportRecords.Mandat(m.getId(), given ? "DONNE" : "RECU",
                other.getGivenNames() + " " + other.getFamilyName(),
                m.getScopes().stream().map(Enum::name).toList(), m.getSignedAt(), m.getEndsAt(), m.getEndedAt(),
                name(m.getEndReason()));
    }

    private static ExportRecords.Session session(UserSession s) {
        return new ExportRecords.Session(s.getId(), s.getBrowser(), s.getAddress(), s.getStartedAt(),
                s.getLastSeenAt(), s.getEndedAt());
    }

    private static Appareil device(TrustedDevice d) {
        return new Appareil(d.getId(), d.getLabel(), d.getCreatedAt(), d.getExpiresAt(), d.getLastUsedAt(),
                d.getRevokedAt());
    }

    private static Activite activity(AccountActivity a) {
        return new Activite(a.getId(), name(a.getKind()), a.getOccurredAt(), a.getDetail(), a.getBrowser(),
                a.getNetwork());
    }

    private static Consultation consultation(AccessLog l, StaffNames names) {
        String adviser = names.name(l.getStaffUsername());
        return new Consultation(l.getId(), adviser == null || adviser.equals(StaffNames.FUND) ? "Votre caisse" : adviser,
                name(l.getAction()), l.getLoggedAt(), l.getThreadId(), l.getDocumentName());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
