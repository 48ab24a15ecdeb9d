package org.compteassure.service.notification;

import static org.compteassure.service.notification.Notices.ACTIVE_ACCOUNT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.compteassure.persistence.account.Beneficiary;
import org.compteassure.persistence.card.CardOrder;
import org.compteassure.service.account.FamilyEvents.SecondParentAttached;
import org.compteassure.service.card.CardEvents.CardSent;

/**
 * Tells a person about their card orders and their children's second parent: an e-mail in the outbox, written in
 * the transaction of the change. A person without an active account or without an e-mail address gets nothing.
 */
@ApplicationScoped
public class FamilyNotifications {

    @Inject
    private Notices notices;

    void onCardSent(@Observes CardSent event) {
        CardOrder order = notices.find(CardOrder.class, event.orderId());
        String holder = order.holderGivenNames() + " " + order.holderFamilyName();
        notices.mailPerson(order.getInsuredPerson().getId(), ACTIVE_ACCOUNT, (name, mails) -> mails.cardSent(name, holder));
    }

    void onSecondParent(@Observes SecondParentAttached event) {
        long first = notices.find(Beneficiary.class, event.beneficiaryId()).getInsuredPerson().getId();
        notices.mailPerson(first, ACTIVE_ACCOUNT, (name, mails) -> mails.secondParentAttached(name));
    }
}
