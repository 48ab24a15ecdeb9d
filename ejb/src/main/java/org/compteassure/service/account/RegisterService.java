package org.compteassure.service.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.compteassure.persistence.account.AccountQueries;
import org.compteassure.persistence.account.Beneficiary;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.account.ProfileChange.Channel;
import org.compteassure.persistence.account.ProfileChange.Field;
import org.compteassure.persistence.domain.Nir;
import org.compteassure.service.security.Roles;

/**
 * The register of insured people as the claims system keeps it (PUT /api/assures/{nir}): the person's data, their
 * children, and the children's second parents when the register knows both. What the person also sees and edits
 * joins the history of their details. A new IBAN or address the person gave online and the fund has not confirmed
 * yet (their démarche) is never overwritten by an upsert: it stays pending beside the register's own.
 */
@Stateless
@RolesAllowed(Roles.CLAIMS_SYSTEM)
public class RegisterService {

    @Inject
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * Creates or replaces the person's data, idempotently.
     *
     * @return whether the person is new to the register
     */
    public boolean upsert(Nir nir, RegisterEntry entry) {
        Optional<InsuredPerson> existing = AccountQueries.person(em, nir);
        InsuredPerson person = existing.orElseGet(() -> new InsuredPerson(nir, entry.familyName(), entry.givenNames(),
                entry.birthDate(), entry.sex(), entry.address()));
        if (existing.isPresent()) {
            recordRegisterChanges(person, entry);
        }
        person.setFamilyName(entry.familyName());
        person.setGivenNames(entry.givenNames());
        person.setBirthDate(entry.birthDate());
        person.setSex(entry.sex());
        person.setAddress(entry.address());
        // The register's IBAN is the fund's; a change the person asked for stays pending until the fund has it.
        person.setIban(entry.iban());
        if (person.getPendingIban() != null && person.getPendingIban().equals(entry.iban())) {
            person.confirmPendingIban();
        }
        if (person.getPendingAddress() != null && person.getPendingAddress().lines().equals(entry.address().lines())) {
            person.dropPendingAddress();
        }
        person.setVitaleSerial(entry.vitaleSerial());
        person.setEmail(entry.email());
        if (existing.isEmpty()) {
            em.persist(person);
        }
        person.setRights(entry.rights());
        List<InsuredPerson.NewBeneficiary> own = new ArrayList<>();
        Map<InsuredPerson.NewBeneficiary, RegisterEntry.Child> listedOwn = new HashMap<>();
        for (RegisterEntry.Child child : entry.beneficiaries()) {
            InsuredPerson.NewBeneficiary listed = new InsuredPerson.NewBeneficiary(child.familyName(), child.givenNames(),
                    child.birthDate());
            if (!attachedAsSecondParent(person, listed, child)) {
                own.add(listed);
                listedOwn.put(listed, child);
            }
        }
        person.replaceBeneficiaries(own);
        listedOwn.forEach((listed, child) -> person.beneficiary(listed)
                .ifPresent(beneficiary -> beneficiary.setRights(child.rights())));
        return existing.isEmpty();
    }

    /**
     * A child the register lists with its other parent, who already has it: one child with two parents, not two
     * copies. False (the child is this person's own) when the other parent is unknown, does not have the child, or
     * it already has another second parent.
     */
    private boolean attachedAsSecondParent(InsuredPerson person, InsuredPerson.NewBeneficiary child,
                                           RegisterEntry.Child listed) {
        Nir otherParent = listed.otherParent();
        if (otherParent == null || otherParent.equals(person.getNir())) {
            return false;
        }
        Optional<Beneficiary> shared = AccountQueries.person(em, otherParent).flatMap(other -> other.beneficiary(child));
        if (shared.isEmpty()) {
            return false;
        }
        Beneficiary known = shared.get();
        if (known.getSecondParent() == null) {
            known.attachSecondParent(person);
        } else if (!known.getSecondParent().getId().equals(person.getId())) {
            return false;
        }
        // One child, one set of rights: the latest the register sent through either parent.
        known.setRights(listed.rights());
        return true;
    }

    /** The claims system's changes of what the person also sees and edits go into the same history. */
    private void recordRegisterChanges(InsuredPerson person, RegisterEntry entry) {
        Instant now = clock.instant();
        String oldAddress = ProfileHistory.address(person);
        String newAddress = String.join(", ", entry.address().lines());
        if (!oldAddress.equals(newAddress)) {
            ProfileHistory.record(em, person, Field.ADDRESS, oldAddress, newAddress, now, Channel.REGISTER);
        }
        if (!Objects.equals(person.getEmail(), entry.email())) {
            ProfileHistory.record(em, person, Field.EMAIL, person.getEmail(), entry.email(), now, Channel.REGISTER);
        }
        if (!Objects.equals(person.getIban(), entry.iban())) {
            ProfileHistory.record(em, person, Field.BANK_DETAILS, ProfileHistory.bankDetails(person.getIban(), null),
                    ProfileHistory.bankDetails(entry.iban(), null), now, Channel.REGISTER);
        }
    }
}
