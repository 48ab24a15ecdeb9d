package org.compteassure.service.notification;

import static org.compteassure.service.notification.Notices.ACTIVE_ACCOUNT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import org.compteassure.persistence.account.Beneficiary;
import org.compteassure.persistence.account.NoticeKind;
import org.compteassure.persistence.notification.PostalLetter;
import org.compteassure.persistence.card.CardOrder;
import org.compteassure.service.account.FamilyEvents.SecondParentAttached;
import org.compteassure.service.card.CardEvents.CardSent;

/**
 * Tells a person about their card orders and their children's second parent: an e-mail in the outbox, written in
 * the transaction of the change, or a letter as the person's notice preferences say. A person without an active
 * account gets nothing.
 */
@ApplicationScoped
public class FamilyNotifications {

    @Inject
    private Notices notices;

    void onCardSent(@Observes CardSent event) {
        CardOrder order = notices.find(CardOrder.class, event.orderId());
        String holder = order.holderGivenNames() + " " + order.holderFamilyName();
        notices.tell(order.getInsuredPerson().getId(), NoticeKind.DOCUMENT, ACTIVE_ACCOUNT, false,
                (name, mails) -> mails.cardSent(name, holder), notices.plainLetter(PostalLetter.Notice.DOCUMENT,
                        NoticeTexts.in(Locale.FRENCH).format("letter.notice.cardSent", holder)));
    }

    void onSecondParent(@Observes SecondParentAttached event) {
        long first = notices.find(Beneficiary.class, event.beneficiaryId()).getInsuredPerson().getId();
        notices.tell(first, NoticeKind.DEMARCHE, ACTIVE_ACCOUNT, false, (name, mails) -> mails.secondParentAttached(name),
                notices.plainLetter(PostalLetter.Notice.SECOND_PARENT, null));
    }
}
