package org.compteassure.persistence.messaging;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.compteassure.persistence.account.InsuredPerson;

/**
 * A conversation between one insured person and the fund's advisers, on one subject: the person's messages, the
 * advisers' replies and their internal notes. Named so as not to clash with {@link java.lang.Thread}.
 */
@Entity
@Table(name = "message_thread")
@NamedQuery(name = "MessageThread.findByPerson", query = "SELECT t FROM MessageThread t "
        + "WHERE t.insuredPerson.id = :personId ORDER BY t.lastMessageAt DESC, t.id DESC")
@NamedQuery(name = "MessageThread.findOpen", query = "SELECT t FROM MessageThread t WHERE t.status = "
        + "org.compteassure.persistence.messaging.MessageThread.Status.OPEN ORDER BY t.createdAt, t.id")
@NamedQuery(name = "MessageThread.take", query = "UPDATE MessageThread t SET t.assignedTo = :adviser, "
        + "t.version = t.version + 1 WHERE t.id = :id AND t.assignedTo IS NULL AND t.status = "
        + "org.compteassure.persistence.messaging.MessageThread.Status.OPEN")
@NamedQuery(name = "MessageThread.answerTimes",
        query = "SELECT t.subject, t.createdAt, t.firstAnswerAt FROM MessageThread t")
public class MessageThread {

    /**
     * The "Objet" an insured person picks; the list is fixed so that advisers can sort and count by it.
     * PAYMENT_REPORT is never picked: a reported payment opens its thread ({@link #getTopic()} names it).
     */
    public enum Subject {
        REIMBURSEMENTS, DAILY_ALLOWANCES, VITALE_CARD, EUROPEAN_CARD, PERSONAL_DATA, ACCOUNT_AND_CODE, ATTESTATIONS,
        OTHER, PAYMENT_REPORT;

        /** The subjects a person may pick when writing. */
        public static List<Subject> pickable() {
            return Arrays.stream(values()).filter(s -> s != PAYMENT_REPORT).toList();
        }
    }

    /** The longest {@link #getTopic() topic}. */
    public static final int MAX_TOPIC = 160;

    /** Closed by an adviser, or marked as settled by the person. */
    public enum Status { OPEN, CLOSED }

    @Id
    @SequenceGenerator(name = "message_thread_seq", sequenceName = "message_thread_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "message_thread_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "insured_person_id")
    private InsuredPerson insuredPerson;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject", nullable = false, length = 20)
    private Subject subject;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private Status status = Status.OPEN;

    /** The adviser's username once one took the thread ("Prendre en charge"). */
    @Column(name = "assigned_to", length = 64)
    private String assignedTo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_message_at", nullable = false)
    private Instant lastMessageAt;

    /** When an adviser first replied: the administrators' "answered within 48 hours" counts from it. */
    @Column(name = "first_answer_at")
    private Instant firstAnswerAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** What the thread is about beyond its subject, e.g. the démarche and the payment it was opened for; or null. */
    @Column(name = "topic", length = MAX_TOPIC)
    private String topic;

    @OneToMany(mappedBy = "thread", cascade = CascadeType.PERSIST)
    @OrderBy("createdAt, id")
    private List<Message> messages = new ArrayList<>();

    protected MessageThread() {
    }

    public MessageThread(InsuredPerson insuredPerson, Subject subject, Instant now) {
        this.insuredPerson = insuredPerson;
        this.subject = subject;
        this.createdAt = now;
        this.lastMessageAt = now;
    }

    /** A thread the portal opens for the person about one thing ({@code topic}, at most {@value #MAX_TOPIC}). */
    public MessageThread(InsuredPerson insuredPerson, Subject subject, String topic, Instant now) {
        this(insuredPerson, subject, now);
        this.topic = topic;
    }

    /** Adds a message (from the person, a reply or a note); a message reopens a thread the person had settled. */
    public Message add(Message.Kind kind, String author, String body, Instant now) {
        Message message = new Message(this, kind, author, body, now);
        messages.add(message);
        if (kind != Message.Kind.NOTE) {
            lastMessageAt = now;
        }
        if (kind == Message.Kind.REPLY && firstAnswerAt == null) {
            firstAnswerAt = now;
        }
        if (kind == Message.Kind.FROM_INSURED && status == Status.CLOSED) {
            status = Status.OPEN;
            closedAt = null;
        }
        return message;
    }

    public void close(Instant now) {
        status = Status.CLOSED;
        closedAt = now;
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    /** Replies the person has not read yet. */
    public long unreadReplies() {
        return messages.stream().filter(Message::isUnreadReply).count();
    }

    public Long getId() {
        return id;
    }

    public InsuredPerson getInsuredPerson() {
        return insuredPerson;
    }

    public Subject getSubject() {
        return subject;
    }

    public Status getStatus() {
        return status;
    }

    public String getAssignedTo() {
        return assignedTo;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastMessageAt() {
        return lastMessageAt;
    }

    public Instant getFirstAnswerAt() {
        return firstAnswerAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getTopic() {
        return topic;
    }

    public List<Message> getMessages() {
        return messages;
    }
}
