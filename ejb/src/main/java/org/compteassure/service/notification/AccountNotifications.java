package org.compteassure.service.notification;

import static org.compteassure.service.notification.Notices.MAILS;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.compteassure.persistence.code.OneTimeCode.Channel;
import org.compteassure.persistence.code.OneTimeCode.Reason;
import org.compteassure.persistence.notification.PostalLetter;
import org.compteassure.service.account.AccountClosed;
import java.util.function.Function;
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
        Function<String, MailContent> mail = name -> switch (event.reason()) {
            case CREATION -> MAILS.activationLink(name, url, CodeService.LINK_VALIDITY);
            case FORGOTTEN -> MAILS.resetLink(name, url, CodeService.LINK_VALIDITY);
            case REACTIVATION -> MAILS.reactivationLink(name, url, CodeService.LINK_VALIDITY);
        };
        if (event.address() != null) {
            notices.mailHolderAt(event.address(), event.accountId(), mail);
        } else {
            notices.mailHolder(event.accountId(), mail);
        }
    }

    void onLoginCode(@Observes LoginCodeIssued event) {
        notices.mailHolder(event.accountId(),
                name -> MAILS.loginCode(name, event.code(), CodeService.LOGIN_CODE_VALIDITY));
    }

    void onLocked(@Observes AccountLocked event) {
        notices.mailHolder(event.accountId(), name -> MAILS.accountLocked(name, event.until()));
    }

    void onCodeChosen(@Observes CodeChosen event) {
        notices.mailHolder(event.accountId(), name -> event.reason() == Reason.FORGOTTEN
                ? MAILS.codeChanged(name, event.when()) : MAILS.accountActivated(name));
    }

    /** A change while logged in: by e-mail and by post, so that the owner hears of it even if the mailbox is taken. */
    void onCodeChanged(@Observes CodeChanged event) {
        notices.mailHolder(event.accountId(), name -> MAILS.codeChanged(name, event.when()));
        notices.post(notices.holder(event.accountId()), (person, name, lines) ->
                new PostalLetter(person, PostalLetter.Notice.CODE_CHANGED, name, lines, event.when()));
    }

    void onClosed(@Observes AccountClosed event) {
        notices.mailHolder(event.accountId(),
                name -> MAILS.accountClosed(name, event.when(), notices.link("/reactiver")));
    }
}
