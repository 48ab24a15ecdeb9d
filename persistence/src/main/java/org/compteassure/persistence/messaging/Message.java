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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One message of a thread, stored exactly as typed (escaping is the page's job). An adviser's reply the person
 * has not read is followed up: a reminder e-mail after 7 days, a postal letter with the reply after 14.
 */
@Entity
@Table(name = "message")
@NamedQuery(name = "Message.wordsOfOpenThreads", query = "SELECT m.thread.id, m.kind, m.createdAt, m.id FROM Message m "
        + "WHERE m.thread.status = org.compteassure.persistence.messaging.MessageThread.Status.OPEN "
        + "AND m.kind <> org.compteassure.persistence.messaging.Message.Kind.NOTE")
@NamedQuery(name = "Message.findDueFollowUps", query = "SELECT m.id FROM Message m WHERE m.followUp IN :stages "
        + "AND m.followUpAt <= :now ORDER BY m.followUpAt")
@NamedQuery(name = "Message.advanceFollowUp", query = "UPDATE Message m SET m.followUp = :next, "
        + "m.followUpAt = :nextAt WHERE m.id = :id AND m.followUp = :stage AND m.followUpAt <= :now")
@NamedQuery(name = "Message.endFollowUp", query = "UPDATE Message m SET m.followUp = "
        + "org.compteassure.persistence.messaging.Message.FollowUp.DONE WHERE m.id = :id AND m.followUp = :stage "
        + "AND m.followUpAt <= :now")
@NamedQuery(name = "Message.countUnreadReplies", query = "SELECT COUNT(m) FROM Message m, Account a WHERE "
        + "a.id = :accountId AND m.thread.insuredPerson = a.insuredPerson AND m.kind = org.compteassure.persistence.messaging.Message.Kind.REPLY "
        + "AND m.readAt IS NULL")
public class Message {

    public enum Kind { FROM_INSURED, REPLY, NOTE }

    /** What happens next to an unread reply; each step is claimed by one node with a conditional update. */
    public enum FollowUp { NONE, REMINDER, LETTER, DONE }

    public static final int MAX_LENGTH = 4000;
    public static final Duration REMINDER_AFTER = Duration.ofDays(7);
    public static final Duration LETTER_AFTER = Duration.ofDays(14);

    @Id
    @SequenceGenerator(name = "message_seq", sequenceName = "message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "message_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "thread_id")
    private MessageThread thread;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 12)
    private Kind kind;

    /** The adviser's username for replies and notes; null for the insured person's own messages. */
    @Column(name = "author", length = 64)
    private String author;

    @Column(name = "body", nullable = false, length = MAX_LENGTH)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When the person first saw a reply. */
    @Column(name = "read_at")
    private Instant readAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "follow_up", nullable = false, length = 10)
    private FollowUp followUp = FollowUp.NONE;

    @Column(name = "follow_up_at")
    private Instant followUpAt;

    @OneToMany(mappedBy = "message", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<Attachment> attachments = new ArrayList<>();

    protected Message() {
    }

    Message(MessageThread thread, Kind kind, String author, String body, Instant now) {
        this.thread = thread;
        this.kind = kind;
        this.author = author;
        this.body = body;
        this.createdAt = now;
        if (kind == Kind.REPLY) {
            followUp = FollowUp.REMINDER;
            followUpAt = now.plus(REMINDER_AFTER);
        }
    }

    public Attachment attach(String fileName, String contentType, byte[] content, String sha256) {
        Attachment attachment = new Attachment(this, fileName, contentType, content, sha256);
        attachments.add(attachment);
        return attachment;
    }

    public boolean isUnreadReply() {
        return kind == Kind.REPLY && readAt == null;
    }

    /** The person opened the thread: the reply needs no follow-up any more. */
    public void markRead(Instant now) {
        if (isUnreadReply()) {
            readAt = now;
            followUp = FollowUp.DONE;
            followUpAt = null;
        }
    }

    public Long getId() {
        return id;
    }

    public MessageThread getThread() {
        return thread;
    }

    public Kind getKind() {
        return kind;
    }

    public String getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public FollowUp getFollowUp() {
        return followUp;
    }

    public Instant getFollowUpAt() {
        return followUpAt;
    }

    public List<Attachment> getAttachments() {
        return attachments;
    }
}
