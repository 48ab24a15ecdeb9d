package org.compteassure.service.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.compteassure.persistence.account.Beneficiary;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.account.ProfileChange.Channel;
import org.compteassure.persistence.account.ProfileChange.Field;
import org.compteassure.persistence.demarche.DemarcheStatus;
import org.compteassure.service.account.FamilyEvents.SecondParentAttached;
import org.compteassure.service.demarche.DemarcheEvents.Advanced;

/**
 * What the fund's answer to a change of details does, in the transaction of the status change: « Traitée » makes the
 * pending IBAN or address the one on file (the register's), « Refusée » drops it; the change joins the history as
 * the register's. A second parent's request becomes the child's second parent (the first parent is told) or is
 * dropped.
 */
@ApplicationScoped
public class DemarcheOutcomes {

    @Inject
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Event<SecondParentAttached> attached;

    void onAdvanced(@Observes Advanced event) {
        if (!event.status().isFinal()) {
            return;
        }
        InsuredPerson person = em.find(InsuredPerson.class, event.insuredPersonId());
        boolean done = event.status() == DemarcheStatus.DONE;
        switch (event.type()) {
            case IBAN_CHANGE -> {
                if (done && person.getPendingIban() != null) {
                    ProfileHistory.record(em, person, Field.BANK_DETAILS,
                            ProfileHistory.bankDetails(person.getIban(), person.getIbanHolder()),
                            ProfileHistory.bankDetails(person.getPendingIban(), person.getPendingIbanHolder()),
                            clock.instant(), Channel.REGISTER);
                    person.confirmPendingIban();
                } else {
                    person.dropPendingIban();
                }
            }
            case ADDRESS_CHANGE -> {
                if (done && person.getPendingAddress() != null) {
                    ProfileHistory.record(em, person, Field.ADDRESS, ProfileHistory.address(person),
                            String.join(", ", person.getPendingAddress().lines()), clock.instant(), Channel.REGISTER);
                    person.confirmPendingAddress();
                } else {
                    person.dropPendingAddress();
                }
            }
            case SECOND_PARENT -> em.createNamedQuery("Beneficiary.findBySecondParentDemarche", Beneficiary.class)
                    .setParameter("number", event.number()).getResultStream().findFirst()
                    .filter(Beneficiary::hasPendingSecondParent)
                    .ifPresent(child -> {
                        if (done && child.confirmSecondParent()) {
                            attached.fire(new SecondParentAttached(child.getId()));
                        } else {
                            child.dropSecondParentRequest();
                        }
                    });
            default -> { }
        }
    }
}
