package org.compteassure.service.notification;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.compteassure.persistence.account.Account;
import java.util.Locale;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.account.NoticeKind;
import org.compteassure.persistence.account.ProfileChange.Field;
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

    /** How far back a change of contact details still gets the notice of an IBAN change at the former address. */
    static final Duration LOOK_BACK = Duration.ofDays(30);

    @Inject
    private Notices notices;

    void onEmailChangeIssued(@Observes EmailChangeIssued event) {
        String url = notices.link("/confirmer-courriel?jeton=" + event.token());
        notices.mailHolderAt(event.newEmail(), event.accountId(),
                (name, mails) -> mails.emailChangeLink(name, url, CodeService.LINK_VALIDITY));
    }

    void onEmailChanged(@Observes EmailChanged event) {
        notices.mailHolderAt(event.oldEmail(), event.accountId(), (name, mails) -> mails.emailChanged(name, event.when()));
    }

    /**
     * To the e-mail and postal addresses on file (and a new postal address waiting for the fund), and to those that
     * were on file before any change of the last {@link #LOOK_BACK}: whoever changed the contact details first cannot
     * hide the IBAN change from the owner.
     */
    void onBankDetailsChanged(@Observes BankDetailsChanged event) {
        Notices.Mail mail = (name, mails) -> mails.bankDetailsChanged(name, event.when());
        Notices.Addressed letter = (person, name, lines) ->
                new PostalLetter(person, PostalLetter.Notice.BANK_DETAILS_CHANGED, name, lines, event.when());
        InsuredPerson holder = notices.holder(event.accountId());
        Instant since = event.when().minus(LOOK_BACK);
        notices.mailHolder(event.accountId(), mail);
        String current = notices.find(Account.class, event.accountId()).getEmail();
        notices.formerValues(holder.getId(), Field.EMAIL, since).stream()
                .filter(former -> !former.equalsIgnoreCase(current))
                .forEach(former -> notices.mailHolderAt(former, event.accountId(), mail));
        Set<List<String>> addresses = new LinkedHashSet<>();
        addresses.add(holder.getAddress().lines());
        if (holder.getPendingAddress() != null) {
            addresses.add(holder.getPendingAddress().lines());
        }
        // The history keeps an address as its lines joined by ", " (ProfileHistory).
        notices.formerValues(holder.getId(), Field.ADDRESS, since).forEach(former -> addresses.add(
                List.of(former.split(", "))));
        addresses.forEach(lines -> notices.postTo(holder, lines, letter));
    }

    /** The declaration's reference and the attestation to use meanwhile: a document notice (preferences apply). */
    void onVitaleLoss(@Observes VitaleLossDeclared event) {
        notices.tell(notices.holder(event.accountId()).getId(), NoticeKind.DOCUMENT, Notices.ANY_ACCOUNT, false,
                (name, mails) -> mails.vitaleLossDeclared(name, event.reference(), event.when(),
                        notices.link("/espace/documents")),
                notices.plainLetter(PostalLetter.Notice.DOCUMENT,
                        NoticeTexts.in(Locale.FRENCH).format("letter.notice.vitaleLoss", event.reference())));
    }

    void onFranceConnectLinked(@Observes FranceConnectEvents.Linked event) {
        notices.mailHolder(event.accountId(), (name, mails) -> mails.franceConnectLinked(name, event.when(), true));
    }

    void onFranceConnectUnlinked(@Observes FranceConnectEvents.Unlinked event) {
        notices.mailHolder(event.accountId(), (name, mails) -> mails.franceConnectLinked(name, event.when(), false));
    }
}
