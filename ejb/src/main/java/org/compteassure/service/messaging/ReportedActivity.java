package org.compteassure.service.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.compteassure.persistence.account.Account;
import org.compteassure.persistence.messaging.Message;
import org.compteassure.persistence.messaging.MessageThread;
import org.compteassure.persistence.messaging.MessageThread.Subject;
import org.compteassure.service.security.ActivityEvents.ActivityReported;

/**
 * "Ce n'était pas moi" opens a thread "Compte et code" in the person's name, waiting in the advisers' inbox like any
 * other, so that an adviser calls them back; the person sees it in their own mailbox too.
 */
@ApplicationScoped
public class ReportedActivity {

    @Inject
    private EntityManager em;

    void onReported(@Observes ActivityReported event) {
        MessageThread thread = new MessageThread(em.find(Account.class, event.accountId()).getInsuredPerson(),
                Subject.ACCOUNT_AND_CODE, event.when());
        String body = event.summary();
        MessageWriting.write(thread, Message.Kind.FROM_INSURED, null,
                body.length() > Message.MAX_LENGTH ? body.substring(0, Message.MAX_LENGTH) : body, List.of(), event.when());
        em.persist(thread);
    }
}
