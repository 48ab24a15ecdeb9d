package org.compteassure.persistence.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.compteassure.persistence.code.OneTimeCode.Reason;

/**
 * A letter waiting to be printed and posted, or already printed: staff print them in runs at /conseiller/courriers.
 * Name and address are copied when the letter is written, so the letter says what it said then. The provisional
 * code stays here only until the letter is printed (then it is on paper, and nowhere else in clear; a lost letter is
 * replaced by asking again, which issues a new code), and never reaches a log. A letter carries
 * a provisional code ({@link #getKind()}) or a notice ({@link #getNotice()}): a change of bank details or of the
 * secret code, or an
 * adviser's reply that stayed unread ({@link #isReply()}).
 */
@Entity
@Table(name = "postal_letter")
@NamedQuery(name = "PostalLetter.findUnprinted",
        query = "SELECT l FROM PostalLetter l WHERE l.printedAt IS NULL ORDER BY l.createdAt, l.id")
@NamedQuery(name = "PostalLetter.lockUnprinted",
        query = "SELECT l FROM PostalLetter l WHERE l.id IN :ids AND l.printedAt IS NULL ORDER BY l.createdAt, l.id")
@NamedQuery(name = "PostalLetter.findByPerson",
        query = "SELECT l FROM PostalLetter l WHERE l.insuredPersonId = :personId ORDER BY l.createdAt DESC, l.id DESC")
public class PostalLetter {

    /** Letters that tell the person of a change, with no code: the real owner learns of a change they did not make. */
    public enum Notice {
        BANK_DETAILS_CHANGED, CODE_CHANGED, REPLY, DEMARCHE_ADVANCED,
        /** A new payment, a new reply, a document ready, a reply waiting (notice preferences asked for paper). */
        NEW_PAYMENT, NEW_REPLY, DOCUMENT, REPLY_REMINDER, SECOND_PARENT,
        /** An appointment booked for the person, or tomorrow's: its day, time and place are the details. */
        APPOINTMENT, APPOINTMENT_SOON,
        /** A mandate given or ended (« Un proche m'aide »): who, what and until when are the details. */
        MANDATE_STARTED, MANDATE_ENDED;

        /** A notice written from its kind and details alone ({@code letter.notice.KIND.*}). */
        public boolean isPlain() {
            return ordinal() >= NEW_PAYMENT.ordinal();
        }
    }

    @Id
    @SequenceGenerator(name = "postal_letter_seq", sequenceName = "postal_letter_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "postal_letter_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "insured_person_id", nullable = false)
    private long insuredPersonId;

    /** A {@link Reason} (a provisional code) or a {@link Notice}, by name. */
    @Column(name = "kind", nullable = false, length = 20)
    private String kind;

    @Column(name = "recipient_name", nullable = false, length = 100)
    private String recipientName;

    @Column(name = "address_lines", nullable = false, length = 300)
    private String addressLines;

    /** An adviser's reply sent by post because it stayed unread: its thread's subject, and the reply as typed. */
    @Column(name = "reply_subject", length = 100)
    private String replySubject;

    @Column(name = "reply_body", length = 4000)
    private String replyBody;

    @Column(name = "replied_at")
    private Instant repliedAt;

    /** The démarche a {@link Notice#DEMARCHE_ADVANCED} letter is about. */
    @Column(name = "reference", length = 16)
    private String reference;

    /** What a notice letter says beyond its kind (an appointment's day, time and place), or null. */
    @Column(name = "details", length = 1000)
    private String details;

    @Column(name = "secret", length = 8)
    private String secret;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "printed_at")
    private Instant printedAt;

    @Column(name = "printed_by", length = 64)
    private String printedBy;

    protected PostalLetter() {
    }

    public PostalLetter(long insuredPersonId, Reason kind, String recipientName, List<String> addressLines,
                        String secret, Instant createdAt) {
        this(insuredPersonId, kind.name(), recipientName, addressLines, secret, createdAt);
    }

    /** A notice letter: no code. */
    public PostalLetter(long insuredPersonId, Notice notice, String recipientName, List<String> addressLines,
                        Instant createdAt) {
        this(insuredPersonId, notice.name(), recipientName, addressLines, null, createdAt);
    }

    private PostalLetter(long insuredPersonId, String kind, String recipientName, List<String> addressLines,
                         String secret, Instant createdAt) {
        this.insuredPersonId = insuredPersonId;
        this.kind = kind;
        this.recipientName = recipientName;
        this.addressLines = String.join("\n", addressLines);
        this.secret = secret;
        this.createdAt = createdAt;
    }

    /** A letter that carries an adviser's reply (no code), of kind {@link Notice#REPLY}. */
    public static PostalLetter reply(long insuredPersonId, String recipientName, List<String> addressLines,
                                     String replySubject, String replyBody, Instant repliedAt, Instant createdAt) {
        PostalLetter letter = new PostalLetter(insuredPersonId, Notice.REPLY.name(), recipientName, addressLines, null,
                createdAt);
        letter.replySubject = replySubject;
        letter.replyBody = replyBody;
        letter.repliedAt = repliedAt;
        return letter;
    }

    /** A letter telling that the démarche {@code number} moved on (no detail: the space shows it). */
    public static PostalLetter demarcheAdvanced(long insuredPersonId, String recipientName, List<String> addressLines,
                                                String number, Instant createdAt) {
        PostalLetter letter = new PostalLetter(insuredPersonId, Notice.DEMARCHE_ADVANCED.name(), recipientName,
                addressLines, null, createdAt);
        letter.reference = number;
        return letter;
    }

    /** A notice letter of that kind, with what it says beyond its kind ({@code details}, may be null). */
    public static PostalLetter notice(long insuredPersonId, Notice notice, String recipientName,
                                      List<String> addressLines, String details, Instant createdAt) {
        PostalLetter letter = new PostalLetter(insuredPersonId, notice, recipientName, addressLines, createdAt);
        letter.details = details;
        return letter;
    }

    public String getDetails() {
        return details;
    }

    /** The démarche's number, for a {@link Notice#DEMARCHE_ADVANCED} letter. */
    public String getReference() {
        return reference;
    }

    public boolean isReply() {
        return Notice.REPLY.name().equals(kind);
    }

    public String getReplySubject() {
        return replySubject;
    }

    public String getReplyBody() {
        return replyBody;
    }

    public Instant getRepliedAt() {
        return repliedAt;
    }

    /** Printed: the code it carried is forgotten (only its hash stays, with the one-time code). */
    public void printed(String by, Instant when) {
        printedBy = by;
        printedAt = when;
        secret = null;
    }

    public Long getId() {
        return id;
    }

    public long getInsuredPersonId() {
        return insuredPersonId;
    }

    /** What the letter is, by name: a {@link Reason} or a {@link Notice} (the staff's list shows it). */
    public String getType() {
        return kind;
    }

    /** Why a provisional code was sent, or null for a notice. */
    public Reason getKind() {
        return getNotice() == null ? Reason.valueOf(kind) : null;
    }

    /** The notice this letter is, or null for a provisional code. */
    public Notice getNotice() {
        return Arrays.stream(Notice.values()).filter(n -> n.name().equals(kind)).findFirst().orElse(null);
    }

    public String getRecipientName() {
        return recipientName;
    }

    public List<String> getAddressLines() {
        return Arrays.asList(addressLines.split("\n"));
    }

    /** The provisional code until the letter is printed, then null. */
    public String getSecret() {
        return secret;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPrintedAt() {
        return printedAt;
    }

    public String getPrintedBy() {
        return printedBy;
    }
}
