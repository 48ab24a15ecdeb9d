package org.compteassure.service.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Locale;
import org.compteassure.persistence.account.Account;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.code.OneTimeCode.Channel;
import org.compteassure.persistence.code.OneTimeCode.Reason;
import org.compteassure.persistence.notification.PostalLetter;
import org.compteassure.service.account.AccountClosed;
import org.compteassure.service.code.CodeEvents.AccountLocked;
import org.compteassure.service.code.CodeEvents.CodeChosen;
import org.compteassure.service.code.CodeEvents.LoginCodeIssued;
import org.compteassure.service.code.CodeEvents.SetCodeIssued;
import org.compteassure.service.code.CodeService;
import org.compteassure.service.platform.Installation;

/**
 * Tells the person what happened to their account and code: an e-mail in the outbox, or a letter to print, written
 * in the very transaction of the change (observers run synchronously), so both commit or neither does.
 */
@ApplicationScoped
public class AccountNotifications {

    /** The person's language is not known yet: French, the fund's language. */
    private static final Mails MAILS = Mails.in(Locale.FRENCH);

    @Inject
    private EntityManager em;

    @Inject
    private NotificationService notifications;

    @Inject
    private Installation installation;

    @Inject
    private Clock clock;

    void onSetCodeIssued(@Observes SetCodeIssued event) {
        Account account = em.find(Account.class, event.accountId());
        InsuredPerson person = account.getInsuredPerson();
        if (event.channel() == Channel.POST) {
            em.persist(new PostalLetter(person.getId(), event.reason(), person.getGivenNames() + " " + person.getFamilyName(),
                    person.getAddress().lines(), event.secret(), clock.instant()));
            return;
        }
        String url = installation.baseUrl() + "/choisir-code?jeton=" + event.secret();
        String name = person.getGivenNames();
        MailContent mail = switch (event.reason()) {
            case CREATION -> MAILS.activationLink(name, url, CodeService.LINK_VALIDITY);
            case FORGOTTEN -> MAILS.resetLink(name, url, CodeService.LINK_VALIDITY);
            case REACTIVATION -> MAILS.reactivationLink(name, url, CodeService.LINK_VALIDITY);
        };
        send(account, mail);
    }

    void onLoginCode(@Observes LoginCodeIssued event) {
        Account account = em.find(Account.class, event.accountId());
        send(account, MAILS.loginCode(account.getInsuredPerson().getGivenNames(), event.code(),
                CodeService.LOGIN_CODE_VALIDITY));
    }

    void onLocked(@Observes AccountLocked event) {
        Account account = em.find(Account.class, event.accountId());
        send(account, MAILS.accountLocked(account.getInsuredPerson().getGivenNames(), event.until()));
    }

    void onCodeChosen(@Observes CodeChosen event) {
        Account account = em.find(Account.class, event.accountId());
        String name = account.getInsuredPerson().getGivenNames();
        send(account, event.reason() == Reason.FORGOTTEN ? MAILS.codeChanged(name, event.when()) : MAILS.accountActivated(name));
    }

    void onClosed(@Observes AccountClosed event) {
        Account account = em.find(Account.class, event.accountId());
        send(account, MAILS.accountClosed(account.getInsuredPerson().getGivenNames(), event.when(),
                installation.baseUrl() + "/reactiver"));
    }

    /** Accounts opened with an adviser may have no e-mail address: then there is nothing to send. */
    private void send(Account account, MailContent mail) {
        if (account.getEmail() != null) {
            notifications.queue(account.getEmail(), mail);
        }
    }
}
