package org.compteassure.service.messaging;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.compteassure.persistence.account.Account;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.messaging.AccessLog;
import org.compteassure.persistence.messaging.Attachment;
import org.compteassure.persistence.messaging.Message;
import org.compteassure.persistence.messaging.MessageThread;
import org.compteassure.persistence.messaging.MessageThread.Status;
import org.compteassure.persistence.messaging.MessageThread.Subject;
import org.compteassure.service.NotFoundException;
import org.compteassure.service.security.Act;
import org.compteassure.service.security.Caller;
import org.compteassure.service.security.Roles;

/**
 * "Ma messagerie", the insured person's side: every method takes the logged-in account and only ever reads or
 * writes that person's threads; another person's thread or attachment is "not found".
 */
@Stateless
@RolesAllowed(Roles.INSURED)
public class MessagingService {

    @Inject
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    /** "Écrire un message": a new thread with its first message, on a subject a person may pick; returns its id. */
    public long write(Subject subject, String body, List<NewAttachment> attachments) {
        long accountId = caller.accountFor(Act.MESSAGE_WRITTEN);
        if (subject == null || !Subject.pickable().contains(subject)) {
            throw new InvalidMessageException();
        }
        Instant now = clock.instant();
        MessageThread thread = new MessageThread(person(accountId), subject, now);
        MessageWriting.write(thread, Message.Kind.FROM_INSURED, null, body, attachments, now);
        em.persist(thread);
        em.flush();
        return thread.getId();
    }

    /** The person's threads, the most recent activity first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ThreadLine> threads() {
        long accountId = caller.accountFor(Act.MESSAGES_READ);
        return em.createNamedQuery("MessageThread.findByPerson", MessageThread.class)
                .setParameter("personId", person(accountId).getId())
                .getResultStream().map(ThreadLine::of).toList();
    }

    /** Replies not read yet, for the count in the navigation. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long unreadReplies() {
        long accountId = caller.accountFor(Act.MESSAGES_READ);
        return em.createNamedQuery("Message.countUnreadReplies", Long.class)
                .setParameter("accountId", accountId)
                .getSingleResult();
    }

    /**
     * One thread, as the person reads it (without the advisers' internal notes), marking its replies as read.
     *
     * @throws NotFoundException if it is not this person's
     */
    public ThreadView read(long threadId) {
        long accountId = caller.accountFor(Act.MESSAGES_READ);
        MessageThread thread = owned(accountId, threadId);
        Instant now = clock.instant();
        List<Message> visible = thread.getMessages().stream().filter(m -> m.getKind() != Message.Kind.NOTE).toList();
        List<Long> unread = visible.stream().filter(Message::isUnreadReply).map(Message::getId).toList();
        visible.forEach(message -> message.markRead(now));
        return new ThreadView(thread.getId(), thread.getSubject(), thread.getTopic(), thread.getStatus(),
                ThreadMessage.of(em, visible), unread);
    }

    /** One thread and what the person sees of it; {@code newReplies} (message ids) were unread until this opening. */
    public record ThreadView(long id, Subject subject, String topic, Status status, List<ThreadMessage> messages,
                             List<Long> newReplies) {

        public boolean isOpen() {
            return status == Status.OPEN;
        }
    }

    /** The person answers in a thread (a settled thread opens again). */
    public void reply(long threadId, String body, List<NewAttachment> attachments) {
        long accountId = caller.accountFor(Act.MESSAGE_WRITTEN);
        MessageWriting.write(owned(accountId, threadId), Message.Kind.FROM_INSURED, null, body, attachments,
                clock.instant());
    }

    /** "Marquer comme réglée": the person needs nothing more in this thread. */
    public void settle(long threadId) {
        long accountId = caller.accountFor(Act.MESSAGE_WRITTEN);
        owned(accountId, threadId).close(clock.instant());
    }

    /**
     * An attachment of one of the person's own messages or of a reply to them (never of an internal note).
     *
     * @throws NotFoundException if it is not this person's
     */
    public AttachmentFile attachment(long attachmentId) {
        long accountId = caller.accountFor(Act.MESSAGES_READ);
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null || attachment.getMessage().getKind() == Message.Kind.NOTE
                || !attachment.getMessage().getThread().getInsuredPerson().getId().equals(person(accountId).getId())) {
            throw new NotFoundException("attachment");
        }
        return AttachmentFile.of(attachment);
    }

    /** "Consultations de mon dossier": when advisers opened the person's file or acted on it, newest first. */
    public List<FileAccess> accessLog() {
        long accountId = caller.accountId();
        List<AccessLog> entries = em.createNamedQuery("AccessLog.findByPerson", AccessLog.class)
                .setParameter("personId", person(accountId).getId())
                .setMaxResults(200)
                .getResultList();
        StaffNames names = StaffNames.of(em, entries.stream().map(AccessLog::getStaffUsername).toList());
        Map<Long, MessageThread> threads = new HashMap<>();
        entries.stream().map(AccessLog::getThreadId).filter(Objects::nonNull).distinct()
                .forEach(id -> threads.put(id, em.find(MessageThread.class, id)));
        return entries.stream().map(entry -> FileAccess.of(entry, names.name(entry.getStaffUsername()),
                entry.getThreadId() == null ? null : threads.get(entry.getThreadId()))).toList();
    }

    private MessageThread owned(long accountId, long threadId) {
        MessageThread thread = em.find(MessageThread.class, threadId);
        if (thread == null || !thread.getInsuredPerson().getId().equals(person(accountId).getId())) {
            throw new NotFoundException("thread");
        }
        return thread;
    }

    private InsuredPerson person(long accountId) {
        return em.find(Account.class, accountId).getInsuredPerson();
    }
}
