package org.compteassure.service.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Locale;
import org.compteassure.persistence.account.AccountQueries;
import org.compteassure.persistence.account.Account;
import org.compteassure.persistence.account.Beneficiary;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.card.CardOrder;
import org.compteassure.service.account.FamilyEvents.SecondParentAttached;
import org.compteassure.service.card.CardEvents.CardSent;

/**
 * Tells a person about their card orders and their children's second parent: an e-mail in the outbox, written in
 * the transaction of the change. A person without an account or without an e-mail address gets nothing.
 */
@ApplicationScoped
public class FamilyNotifications {

    private static final Mails MAILS = Mails.in(Locale.FRENCH);

    @Inject
    private EntityManager em;

    @Inject
    private NotificationService notifications;

    void onCardSent(@Observes CardSent event) {
        InsuredPerson orderer = em.find(CardOrder.class, event.orderId()).getInsuredPerson();
        send(orderer, MAILS.cardSent(orderer.getGivenNames()));
    }

    void onSecondParent(@Observes SecondParentAttached event) {
        InsuredPerson first = em.find(Beneficiary.class, event.beneficiaryId()).getInsuredPerson();
        send(first, MAILS.secondParentAttached(first.getGivenNames()));
    }

    private void send(InsuredPerson person, MailContent mail) {
        AccountQueries.accountOf(em, person)
                .filter(account -> account.getEmail() != null && account.getStatus() == Account.Status.ACTIVE)
                .ifPresent(account -> notifications.queue(account.getEmail(), mail));
    }
}
