package org.compteassure.service.notification;

import static org.compteassure.service.notification.Notices.ACTIVE_ACCOUNT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.compteassure.service.payment.PaymentEvents.NewPaymentsArrived;

/**
 * Tells a person that a new payment is available, if they have an active account with an e-mail address and have
 * not turned these notices off; in the feed's transaction, through the outbox.
 */
@ApplicationScoped
public class PaymentNotifications {

    @Inject
    private Notices notices;

    void onNewPayments(@Observes NewPaymentsArrived event) {
        notices.mailPerson(event.insuredPersonId(),
                ACTIVE_ACCOUNT.and(account -> account.getInsuredPerson().isNotifyPayments()),
                (name, mails) -> mails.newPayment(name, notices.link("/espace/paiements")));
    }
}
