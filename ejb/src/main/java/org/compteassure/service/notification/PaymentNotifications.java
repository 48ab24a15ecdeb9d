package org.compteassure.service.notification;

import static org.compteassure.service.notification.Notices.ACTIVE_ACCOUNT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.compteassure.persistence.account.NoticeKind;
import org.compteassure.persistence.notification.PostalLetter;
import org.compteassure.service.payment.PaymentEvents.NewPaymentsArrived;

/**
 * Tells a person that a new payment is available, if they have an active account: by e-mail or by letter as their
 * notice preferences say; in the feed's transaction, through the outbox.
 */
@ApplicationScoped
public class PaymentNotifications {

    @Inject
    private Notices notices;

    void onNewPayments(@Observes NewPaymentsArrived event) {
        notices.tell(event.insuredPersonId(), NoticeKind.PAYMENT, ACTIVE_ACCOUNT, false,
                (name, mails) -> mails.newPayment(name, notices.link("/espace/paiements")),
                notices.plainLetter(PostalLetter.Notice.NEW_PAYMENT, null));
    }
}
