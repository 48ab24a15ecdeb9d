package org.compteassure.service.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.compteassure.service.platform.Broker;
import org.compteassure.service.security.Roles;

/**
 * Delivers the back-office messages of the outbox to the broker ({@link Broker}), as {@link OutboxDispatcher} does
 * mails: at once after the queuing transaction commits, and every 30 seconds for whatever is due (retries while the
 * broker is unreachable, messages left by a stopped node). Every node runs it; {@link OutboxStore#claimMessage} makes
 * sure each message is handled by one of them at a time, and the broker's duplicate detection drops one sent twice.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RolesAllowed(Roles.SYSTEM)
@RunAs(Roles.SYSTEM)
public class BackOfficeDispatcher {

    private static final Logger LOG = Logger.getLogger(BackOfficeDispatcher.class.getName());
    private static final int BATCH = 100;

    @Inject
    private OutboxStore store;

    @Inject
    private Broker broker;

    @Schedule(hour = "*", minute = "*", second = "15/30", persistent = false)
    public void dispatchDue() {
        store.dueMessages(BATCH).forEach(this::dispatch);
    }

    @Asynchronous
    // Hears the outbox of every caller's transaction; the work runs as SYSTEM.
    @PermitAll
    public void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessageQueued event) {
        dispatch(event.messageId());
    }

    private void dispatch(long id) {
        store.claimMessage(id).ifPresent(message -> {
            try {
                broker.send(message.destination(), message.key(), message.duplicateId(), message.payload());
                store.messageSent(id);
            } catch (RuntimeException e) {
                // The payload holds a NIR and maybe an IBAN: log only the key.
                LOG.log(Level.WARNING, "Message {0} for {1} not sent to {2} (attempt {3}): {4}", new Object[] {
                        message.key(), message.destination(), broker.target(), message.attempts() + 1, e.toString()});
                store.messageFailed(id, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        });
    }
}
