package org.compteassure.service.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Locale;
import org.compteassure.persistence.account.AccountQueries;
import org.compteassure.persistence.account.Account;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.service.payment.PaymentEvents.NewPaymentsArrived;
import org.compteassure.service.platform.Installation;

/**
 * Tells a person that a new payment is available, if they have an active account with an e-mail address and have
 * not turned these notices off; in the feed's transaction, through the outbox.
 */
@ApplicationScoped
public class PaymentNotifications {

    private static final Mails MAILS = Mails.in(Locale.FRENCH);

    @Inject
    private EntityManager em;

    @Inject
    private NotificationService notifications;

    @Inject
    private Installation installation;

    void onNewPayments(@Observes NewPaymentsArrived event) {
        AccountQueries.accountOf(em, em.getReference(InsuredPerson.class, event.insuredPersonId()))
                .filter(a -> a.getStatus() == Account.Status.ACTIVE && a.getInsuredPerson().isNotifyPayments() && a.getEmail() != null)
                .ifPresent(a -> {
                    MailContent mail = MAILS.newPayment(a.getInsuredPerson().getGivenNames(),
                            installation.baseUrl() + "/espace/paiements");
                    notifications.queue(a.getEmail(), mail);
                });
    }
}
