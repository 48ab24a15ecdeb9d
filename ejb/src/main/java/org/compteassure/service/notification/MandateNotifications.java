package org.compteassure.service.notification;

import static org.compteassure.service.notification.Notices.ACTIVE_ACCOUNT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.compteassure.persistence.account.Account;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.account.NoticeKind;
import org.compteassure.persistence.domain.Dates;
import org.compteassure.persistence.mandate.Mandate;
import org.compteassure.persistence.notification.PostalLetter;
import org.compteassure.service.mandate.MandateEvents.Ended;
import org.compteassure.service.mandate.MandateEvents.Given;
import org.compteassure.service.platform.ClockProducer;
import org.compteassure.service.security.Caller;

/**
 * « Un proche m'aide »: both sides are told when a mandate is given and when it ends, in the transaction of the
 * signature or the end, as a notice of kind {@link NoticeKind#DEMARCHE} (something the person asked of their
 * account): by e-mail or letter as each one's preferences say, by letter for whoever has no address.
 */
@ApplicationScoped
public class MandateNotifications {

    private static final String PAGE = "/espace/proches";

    @Inject
    private Notices notices;

    @Inject
    private Caller caller;

    void onGiven(@Observes Given event) {
        tell(event.mandateId(), true, null);
    }

    void onEnded(@Observes Ended event) {
        tell(event.mandateId(), false, event.reason().name());
    }

    private void tell(long mandateId, boolean given, String how) {
        Mandate mandate = notices.find(Mandate.class, mandateId);
        InsuredPerson mandator = notices.find(Account.class, mandate.getMandatorAccountId()).getInsuredPerson();
        InsuredPerson helper = notices.find(Account.class, mandate.getHelperAccountId()).getInsuredPerson();
        LocalDate lastDay = mandate.getEndsAt().atZone(ClockProducer.ZONE).toLocalDate().minusDays(1);
        List<String> scopes = mandate.getScopes().stream().map(Enum::name).toList();
        PostalLetter.Notice letter = given ? PostalLetter.Notice.MANDATE_STARTED : PostalLetter.Notice.MANDATE_ENDED;
        for (boolean toHelper : new boolean[] {false, true}) {
            InsuredPerson to = toHelper ? helper : mandator;
            String other = caller.fullName(toHelper ? mandate.getMandatorAccountId() : mandate.getHelperAccountId());
            Mails french = Notices.FRENCH;
            String details = french.text(toHelper ? "mandate.letter.helper" : "mandate.letter.mandator", other,
                    french.mandateParts(scopes), french.text("mandate.letter.lastDay",
                            Dates.prose(lastDay, Locale.FRENCH)));
            notices.tell(to.getId(), NoticeKind.DEMARCHE, ACTIVE_ACCOUNT, true,
                    (names, mails) -> mails.mandate(given, toHelper, names, other, mails.mandateParts(scopes), lastDay,
                            how, notices.link(PAGE)),
                    notices.plainLetter(letter, details));
        }
    }
}
