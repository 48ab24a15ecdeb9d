package org.compteassure.service.family;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.compteassure.persistence.account.AccountQueries;
import org.compteassure.persistence.account.Beneficiary;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.demarche.DemarcheStatus;
import org.compteassure.persistence.demarche.DemarcheType;
import org.compteassure.persistence.domain.Nir;
import org.compteassure.persistence.family.NewbornDeclaration;
import org.compteassure.service.demarche.DemarcheEvents.Advanced;

/**
 * What the fund's answer to a newborn declaration does, in the transaction of the status change. « Traitée »: the
 * child becomes the parent's beneficiary (the one the register already sent, if it did, so never twice), attached
 * to the other parent too when they are insured here; its rights come with the register's next upsert, which finds
 * the same child by its names and birth date. « Refusée »: the child is no longer « en cours d'inscription ».
 */
@ApplicationScoped
public class NewbornOutcomes {

    @Inject
    private EntityManager em;

    void onAdvanced(@Observes Advanced event) {
        if (event.type() != DemarcheType.NEWBORN || !event.status().isFinal()) {
            return;
        }
        em.createNamedQuery("NewbornDeclaration.findByNumber", NewbornDeclaration.class)
                .setParameter("number", event.number()).getResultStream().findFirst()
                .filter(declared -> declared.getState() == NewbornDeclaration.State.PENDING)
                .ifPresent(declared -> {
                    boolean done = event.status() == DemarcheStatus.DONE;
                    declared.settle(done);
                    if (done) {
                        register(declared);
                    }
                });
    }

    private void register(NewbornDeclaration declared) {
        InsuredPerson parent = em.find(InsuredPerson.class, declared.getInsuredPersonId());
        Beneficiary child = parent.beneficiary(new InsuredPerson.NewBeneficiary(declared.getFamilyName(),
                        declared.getGivenNames(), declared.getBirthDate()))
                .orElseGet(() -> parent.addBeneficiary(declared.getFamilyName(), declared.getGivenNames(),
                        declared.getBirthDate()));
        if (declared.getOtherParentNir() != null && child.getSecondParent() == null) {
            AccountQueries.person(em, Nir.parse(declared.getOtherParentNir(), true))
                    .filter(other -> !other.getId().equals(parent.getId()))
                    .ifPresent(child::attachSecondParent);
        }
    }

    /** The register's child and the declared one are the same: same names (case aside) and birth date. */
    static boolean sameChild(Beneficiary child, NewbornDeclaration declared) {
        return child.getFamilyName().equalsIgnoreCase(declared.getFamilyName())
                && child.getGivenNames().equalsIgnoreCase(declared.getGivenNames())
                && child.getBirthDate().equals(declared.getBirthDate());
    }
}
