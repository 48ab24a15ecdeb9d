package org.compteassure.service.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.compteassure.persistence.security.AccountActivity;
import org.compteassure.persistence.security.AccountActivity.Kind;
import org.compteassure.service.account.ProfileEvents.BankDetailsChanged;
import org.compteassure.service.account.ProfileEvents.EmailChanged;
import org.compteassure.service.code.CodeEvents.CodeChanged;
import org.compteassure.service.code.CodeEvents.CodeChosen;
import org.compteassure.service.mandate.MandateEvents.Ended;
import org.compteassure.service.mandate.MandateEvents.Given;

/**
 * Writes the changes that "Activité de mon compte" lists, hearing the features' own events in the transaction of
 * the change: nothing to call from each place that changes a code, a factor, an address or bank details.
 */
@ApplicationScoped
public class ActivityLog {

    @Inject
    private EntityManager em;

    void onCodeChosen(@Observes CodeChosen event) {
        record(event.accountId(), Kind.CODE_CHOSEN, event.when(), event.reason() == null ? null : event.reason().name());
    }

    /** "Changer mon code" while logged in: a code change like the others, with no reason to name. */
    void onCodeChanged(@Observes CodeChanged event) {
        record(event.accountId(), Kind.CODE_CHOSEN, event.when(), null);
    }

    void onEmailChanged(@Observes EmailChanged event) {
        record(event.accountId(), Kind.EMAIL_CHANGED, event.when(), null);
    }

    void onBankDetailsChanged(@Observes BankDetailsChanged event) {
        record(event.accountId(), Kind.BANK_DETAILS_CHANGED, event.when(), null);
    }

    void onFactorChanged(@Observes ActivityEvents.FactorChanged event) {
        record(event.accountId(), event.added() ? Kind.FACTOR_ADDED : Kind.FACTOR_REMOVED, event.when(), event.name());
    }

    /** Both sides see a mandate given, and its end (the detail: who ended it, or that its last day passed). */
    void onMandateGiven(@Observes Given event) {
        em.persist(AccountActivity.onBehalf(event.mandatorAccountId(), Kind.MANDATE_GIVEN, event.when(), null,
                event.onBehalf()));
        em.persist(AccountActivity.onBehalf(event.helperAccountId(), Kind.MANDATE_RECEIVED, event.when(), null,
                event.onBehalf()));
    }

    void onMandateEnded(@Observes Ended event) {
        for (long accountId : new long[] {event.mandatorAccountId(), event.helperAccountId()}) {
            em.persist(AccountActivity.onBehalf(accountId, Kind.MANDATE_ENDED, event.when(),
                    "MANDATE_" + event.reason().name(), event.onBehalf()));
        }
    }

    private void record(long accountId, Kind kind, Instant when, String detail) {
        em.persist(new AccountActivity(accountId, kind, when, detail));
    }
}
