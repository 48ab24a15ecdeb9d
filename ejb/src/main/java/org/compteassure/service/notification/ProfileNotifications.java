package org.compteassure.service.notification;

import static org.compteassure.service.notification.Notices.MAILS;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.compteassure.persistence.notification.PostalLetter;
import org.compteassure.service.account.ProfileEvents.BankDetailsChanged;
import org.compteassure.service.account.ProfileEvents.EmailChanged;
import org.compteassure.service.account.ProfileEvents.VitaleLossDeclared;
import org.compteassure.service.code.CodeEvents.EmailChangeIssued;
import org.compteassure.service.code.CodeService;
import org.compteassure.service.security.FranceConnectEvents;

/**
 * Tells the person about changes of their details, in the transaction of the change ({@link Notices}): the
 * confirmation link to a new e-mail address, the notice to the old one, the bank-details notice by e-mail and by
 * post, the carte Vitale declaration's reference, a FranceConnect link made or removed.
 */
@ApplicationScoped
public class ProfileNotifications {

    @Inject
    private Notices notices;

    void onEmailChangeIssued(@Observes EmailChangeIssued event) {
        String url = notices.link("/confirmer-courriel?jeton=" + event.token());
        notices.mailHolderAt(event.newEmail(), event.accountId(),
                name -> MAILS.emailChangeLink(name, url, CodeService.LINK_VALIDITY));
    }

    void onEmailChanged(@Observes EmailChanged event) {
        notices.mailHolderAt(event.oldEmail(), event.accountId(), name -> MAILS.emailChanged(name, event.when()));
    }

    void onBankDetailsChanged(@Observes BankDetailsChanged event) {
        notices.mailHolder(event.accountId(), name -> MAILS.bankDetailsChanged(name, event.when()));
        notices.post(notices.holder(event.accountId()), (person, name, lines) ->
                new PostalLetter(person, PostalLetter.Notice.BANK_DETAILS_CHANGED, name, lines, event.when()));
    }

    void onVitaleLoss(@Observes VitaleLossDeclared event) {
        notices.mailHolder(event.accountId(), name -> MAILS.vitaleLossDeclared(name, event.reference(), event.when(),
                notices.link("/espace/documents")));
    }

    void onFranceConnectLinked(@Observes FranceConnectEvents.Linked event) {
        notices.mailHolder(event.accountId(), name -> MAILS.franceConnectLinked(name, event.when(), true));
    }

    void onFranceConnectUnlinked(@Observes FranceConnectEvents.Unlinked event) {
        notices.mailHolder(event.accountId(), name -> MAILS.franceConnectLinked(name, event.when(), false));
    }
}
