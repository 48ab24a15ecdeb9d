package org.compteassure.service.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Locale;
import org.compteassure.persistence.account.Account;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.notification.PostalLetter;
import org.compteassure.service.account.ProfileEvents.BankDetailsChanged;
import org.compteassure.service.account.ProfileEvents.EmailChanged;
import org.compteassure.service.account.ProfileEvents.VitaleLossDeclared;
import org.compteassure.service.code.CodeEvents.EmailChangeIssued;
import org.compteassure.service.code.CodeService;
import org.compteassure.service.platform.Installation;

/**
 * Tells the person about changes of their details, in the transaction of the change (like
 * {@link AccountNotifications}): the confirmation link to a new e-mail address, the notice to the old one, the
 * bank-details notice by e-mail and by post, the carte Vitale declaration's reference.
 */
@ApplicationScoped
public class ProfileNotifications {

    private static final Mails MAILS = Mails.in(Locale.FRENCH);

    @Inject
    private EntityManager em;

    @Inject
    private NotificationService notifications;

    @Inject
    private Installation installation;

    void onEmailChangeIssued(@Observes EmailChangeIssued event) {
        InsuredPerson person = em.find(Account.class, event.accountId()).getInsuredPerson();
        notifications.queue(event.newEmail(), MAILS.emailChangeLink(person.getGivenNames(),
                installation.baseUrl() + "/confirmer-courriel?jeton=" + event.token(), CodeService.LINK_VALIDITY));
    }

    void onEmailChanged(@Observes EmailChanged event) {
        InsuredPerson person = em.find(Account.class, event.accountId()).getInsuredPerson();
        if (event.oldEmail() != null) {
            notifications.queue(event.oldEmail(), MAILS.emailChanged(person.getGivenNames(), event.when()));
        }
    }

    void onBankDetailsChanged(@Observes BankDetailsChanged event) {
        Account account = em.find(Account.class, event.accountId());
        InsuredPerson person = account.getInsuredPerson();
        if (account.getEmail() != null) {
            notifications.queue(account.getEmail(), MAILS.bankDetailsChanged(person.getGivenNames(), event.when()));
        }
        em.persist(new PostalLetter(person.getId(), PostalLetter.Notice.BANK_DETAILS_CHANGED,
                person.getGivenNames() + " " + person.getFamilyName(), person.getAddress().lines(), event.when()));
    }

    void onVitaleLoss(@Observes VitaleLossDeclared event) {
        Account account = em.find(Account.class, event.accountId());
        if (account.getEmail() != null) {
            notifications.queue(account.getEmail(), MAILS.vitaleLossDeclared(account.getInsuredPerson().getGivenNames(),
                    event.reference(), event.when(), installation.baseUrl() + "/espace/documents"));
        }
    }
}
