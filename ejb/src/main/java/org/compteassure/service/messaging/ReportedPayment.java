package org.compteassure.service.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.messaging.Message;
import org.compteassure.persistence.messaging.MessageThread;
import org.compteassure.persistence.messaging.MessageThread.Subject;
import org.compteassure.service.payment.PaymentEvents.PaymentReported;

/**
 * « Signaler un paiement » opens a thread « Signalement d'un paiement » in the person's name, in the report's
 * transaction: it waits in the advisers' inbox like any other (its topic names the démarche and the payment), an
 * adviser answers it as usual, and the person finds it in their mailbox.
 */
@ApplicationScoped
public class ReportedPayment {

    @Inject
    private EntityManager em;

    void onReported(@Observes PaymentReported event) {
        MessageThread thread = new MessageThread(em.find(InsuredPerson.class, event.insuredPersonId()),
                Subject.PAYMENT_REPORT, event.topic(), event.when());
        MessageWriting.write(thread, Message.Kind.FROM_INSURED, null, event.body(), List.of(), event.when());
        em.persist(thread);
    }
}
