package org.compteassure.service.appointment;

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
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.compteassure.service.appointment.AppointmentEvents.ReminderDue;
import org.compteassure.service.security.Roles;

/**
 * The reminder of the day before each appointment. Every node runs it every 10 minutes; each reminder is claimed by
 * a conditional update in its own transaction (like {@code ReplyFollowUps}), so exactly one node sends it, and a
 * failure leaves it due for the next run.
 */
@Stateless
@RolesAllowed(Roles.SYSTEM)
@RunAs(Roles.SYSTEM)
public class AppointmentReminders {

    private static final Logger LOG = Logger.getLogger(AppointmentReminders.class.getName());
    private static final int BATCH = 200;

    @EJB
    private AppointmentReminders self;

    @Inject
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Event<ReminderDue> due;

    /** Sends every reminder due now; returns how many this node sent. */
    @Schedule(hour = "*", minute = "*/10", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int runDue() {
        int sent = 0;
        for (long id : self.due()) {
            try {
                sent += self.remind(id) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Reminder of appointment {0} failed, left for the next run: {1}",
                        new Object[] {id, e.toString()});
            }
        }
        return sent;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> due() {
        return em.createNamedQuery("Appointment.findDueReminders", Long.class)
                .setParameter("now", clock.instant())
                .setMaxResults(BATCH)
                .getResultList();
    }

    /** Claims the reminder (only one node can) and, in the same transaction, queues its mail or letter. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean remind(long appointmentId) {
        int won = em.createNamedQuery("Appointment.claimReminder")
                .setParameter("id", appointmentId)
                .setParameter("now", clock.instant())
                .executeUpdate();
        if (won == 0) {
            return false;
        }
        due.fire(new ReminderDue(appointmentId));
        return true;
    }
}
