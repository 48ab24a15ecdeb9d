package org.compteassure.service.messaging;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.compteassure.persistence.messaging.Message;
import org.compteassure.persistence.messaging.Message.FollowUp;
import org.compteassure.service.messaging.MessagingEvents.ReplyLetterDue;
import org.compteassure.service.messaging.MessagingEvents.ReplyReminderDue;
import org.compteassure.service.security.Roles;

/**
 * Follows up advisers' replies left unread: a reminder e-mail after 7 days, the reply by post after 14. Every node
 * runs it every 10 minutes; each step of each reply is claimed by a conditional update in its own transaction, so
 * exactly one node sends the reminder or writes the letter, and a failure leaves the step due for the next run.
 */
@Stateless
@RolesAllowed(Roles.SYSTEM)
@RunAs(Roles.SYSTEM)
public class ReplyFollowUps {

    private static final Logger LOG = Logger.getLogger(ReplyFollowUps.class.getName());
    private static final int BATCH = 200;

    @EJB
    private ReplyFollowUps self;

    @Inject
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Event<ReplyReminderDue> reminderDue;

    @Inject
    private Event<ReplyLetterDue> letterDue;

    /** Handles every follow-up due now; returns how many this node handled. */
    @Schedule(hour = "*", minute = "*/10", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int runDue() {
        List<Long> due = self.due();
        int handled = 0;
        for (long id : due) {
            try {
                handled += self.advance(id) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Follow-up of message {0} failed, left for the next run: {1}",
                        new Object[] {id, e.toString()});
            }
        }
        return handled;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> due() {
        return em.createNamedQuery("Message.findDueFollowUps", Long.class)
                .setParameter("stages", List.of(FollowUp.REMINDER, FollowUp.LETTER))
                .setParameter("now", clock.instant())
                .setMaxResults(BATCH)
                .getResultList();
    }

    /** Claims the reply's next step (only one node can) and, in the same transaction, queues its mail or letter. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean advance(long messageId) {
        Message message = em.find(Message.class, messageId);
        FollowUp stage = message == null ? FollowUp.NONE : message.getFollowUp();
        if (stage != FollowUp.REMINDER && stage != FollowUp.LETTER) {
            return false;
        }
        boolean reminder = stage == FollowUp.REMINDER;
        // Two queries rather than binding a null time: PostgreSQL refuses a null typed as text for a timestamp.
        Query claim = reminder
                ? em.createNamedQuery("Message.advanceFollowUp")
                        .setParameter("next", FollowUp.LETTER)
                        .setParameter("nextAt", message.getCreatedAt().plus(Message.LETTER_AFTER))
                : em.createNamedQuery("Message.endFollowUp");
        int won = claim.setParameter("id", messageId)
                .setParameter("stage", stage)
                .setParameter("now", clock.instant())
                .executeUpdate();
        if (won == 0) {
            return false;
        }
        if (reminder) {
            reminderDue.fire(new ReplyReminderDue(messageId));
        } else {
            letterDue.fire(new ReplyLetterDue(messageId));
        }
        return true;
    }
}
