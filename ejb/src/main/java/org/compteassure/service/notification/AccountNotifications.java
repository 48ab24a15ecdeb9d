package org.compteassure.service.notification;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.compteassure.persistence.code.OneTimeCode.Channel;
import org.compteassure.persistence.code.OneTimeCode.Reason;
import org.compteassure.persistence.notification.PostalLetter;
import org.compteassure.service.account.AccountClosed;
import org.compteassure.service.code.CodeEvents.AccountLocked;
import org.compteassure.service.code.CodeEvents.CodeChanged;
import org.compteassure.service.code.CodeEvents.CodeChosen;
import org.compteassure.service.code.CodeEvents.LoginCodeIssued;
import org.compteassure.service.code.CodeEvents.SetCodeIssued;
import org.compteassure.service.code.CodeService;

/**
 * Tells the person what happened to their account and code: an e-mail in the outbox, or a letter to print, written
 * in the very transaction of the change ({@link Notices}).
 */
@ApplicationScoped
public class AccountNotifications {

    @Inject
    private Notices notices;

    void onSetCodeIssued(@Observes SetCodeIssued event) {
        if (event.channel() == Channel.POST) {
            notices.post(notices.holder(event.accountId()), (person, name, lines) ->
                    new PostalLetter(person, event.reason(), name, lines, event.secret(), notices.now()));
            return;
        }
        String url = notices.link("/choisir-code?jeton=" + event.secret());
        Notices.Mail mail = (name, mails) -> switch (event.reason()) {
            case CREATION -> mails.activationLink(name, url, CodeService.LINK_VALIDITY);
            case FORGOTTEN -> mails.resetLink(name, url, CodeService.LINK_VALIDITY);
            case REACTIVATION -> mails.reactivationLink(name, url, CodeService.LINK_VALIDITY);
        };
        if (event.address() != null) {
            notices.mailHolderAt(event.address(), event.accountId(), mail);
        } else {
            notices.mailHolder(event.accountId(), mail);
        }
    }

    void onLoginCode(@Observes LoginCodeIssued event) {
        notices.mailHolder(event.accountId(),
                (name, mails) -> mails.loginCode(name, event.code(), CodeService.LOGIN_CODE_VALIDITY));
    }

    void onLocked(@Observes AccountLocked event) {
        notices.mailHolder(event.accountId(), (name, mails) -> mails.accountLocked(name, event.until()));
    }

    void onCodeChosen(@Observes CodeChosen event) {
        notices.mailHolder(event.accountId(), (name, mails) -> event.reason() == Reason.FORGOTTEN
                ? mails.codeChanged(name, event.when()) : mails.accountActivated(name));
    }

    /** A change while logged in: by e-mail and by post, so that the owner hears of it even if the mailbox is taken. */
    void onCodeChanged(@Observes CodeChanged event) {
        notices.mailHolder(event.accountId(), (name, mails) -> mails.codeChanged(name, event.when()));
        notices.post(notices.holder(event.accountId()), (person, name, lines) ->
                new PostalLetter(person, PostalLetter.Notice.CODE_CHANGED, name, lines, event.when()));
    }

    void onClosed(@Observes AccountClosed event) {
        notices.mailHolder(event.accountId(),
                (name, mails) -> mails.accountClosed(name, event.when(), notices.link("/reactiver")));
    }
}
