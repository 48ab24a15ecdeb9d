package org.compteassure.service.notification;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.compteassure.persistence.account.NoticeKind;
import org.compteassure.persistence.demarche.DemarcheType;
import org.compteassure.persistence.notification.PostalLetter;
import org.compteassure.service.demarche.DemarcheEvents.Advanced;
import org.compteassure.service.demarche.DemarcheEvents.Opened;
import org.compteassure.service.demarche.DemarcheService;

/**
 * A démarche's way out and back, in the transaction of the change: its message for the back office joins the outbox
 * when it is made; each status change tells the person, by an e-mail without content or, without an e-mail address,
 * by a letter (a European card's steps excepted: its own mail says when it is sent, and whose it is).
 */
@ApplicationScoped
public class DemarcheNotifications {

    @Inject
    private Notices notices;

    @Inject
    private NotificationService outbox;

    void onOpened(@Observes Opened event) {
        outbox.queueMessage(DemarcheService.QUEUE, event.number(), event.message());
    }

    void onAdvanced(@Observes Advanced event) {
        if (event.type() == DemarcheType.EUROPEAN_CARD) {
            return; // the card maker's steps: the card's own mail (CardSent) says it was sent, and whose it is
        }
        notices.tell(event.insuredPersonId(), NoticeKind.DEMARCHE, Notices.ANY_ACCOUNT, true,
                (name, mails) -> mails.demarcheAdvanced(name, event.number(), notices.link("/espace/demarches")),
                (person, name, lines) -> PostalLetter.demarcheAdvanced(person, name, lines, event.number(),
                        notices.now()));
    }
}
