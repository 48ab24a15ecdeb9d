package org.compteassure.service.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.compteassure.persistence.account.Account;
import org.compteassure.persistence.account.AccountQueries;
import org.compteassure.persistence.account.Beneficiary;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.demarche.DemarcheType;
import org.compteassure.persistence.domain.Nir;
import org.compteassure.service.NotFoundException;
import org.compteassure.service.code.AttemptLimiter;
import org.compteassure.service.demarche.DemarcheService;
import org.compteassure.service.security.Act;
import org.compteassure.service.security.Caller;
import org.compteassure.service.security.Roles;

/**
 * The children a person acts for: those the register lists under them, and those they are attached to as second
 * parent, by the register or by proving from their own account that they know the family (a démarche the fund
 * confirms). The features that act for a child (documents, cards) ask here whether it is the caller's.
 */
@Stateless
@RolesAllowed(Roles.INSURED)
public class FamilyService {

    private static final String ATTACH_BUDGET = "rattachement:";

    @Inject
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @EJB
    private AccountService accounts;

    @EJB
    private AttemptLimiter limiter;

    @EJB
    private DemarcheService demarches;

    /** The children this person may act for: listed under them, or attached to them as second parent. */
    public List<Child> children() {
        InsuredPerson me = em.find(Account.class, caller.accountFor(Act.DOCUMENTS_READ)).getInsuredPerson();
        return em.createNamedQuery("Beneficiary.findListedForParent", Beneficiary.class)
                .setParameter("person", me).getResultStream().map(child -> child(child, me)).toList();
    }

    /** The children whose attachment to this person as second parent waits for the fund. */
    public List<PendingChild> waitingAttachments() {
        long accountId = caller.accountId();
        return em.createNamedQuery("Beneficiary.findPendingForSecondParent", Beneficiary.class)
                .setParameter("person", accounts.person()).getResultStream()
                .map(child -> new PendingChild(child.getGivenNames(), child.getFamilyName(), child.getBirthDate(),
                        DemarcheType.SECOND_PARENT, child.getSecondParentDemarche()))
                .toList();
    }

    /**
     * One of this person's children, for the services that act for it within their own transaction.
     *
     * @throws NotFoundException if there is no such child of this person
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Beneficiary child(long beneficiaryId) {
        InsuredPerson me = em.find(Account.class, caller.accountFor(Act.DOCUMENTS_READ)).getInsuredPerson();
        Beneficiary child = em.find(Beneficiary.class, beneficiaryId);
        if (child == null || !child.hasParent(me)) {
            throw new NotFoundException("beneficiary");
        }
        return child;
    }

    /**
     * Asks the fund to attach a child of another insured person to the caller as second parent: a démarche
     * {@code SECOND_PARENT}, the child the caller's once the fund confirms it ({@link DemarcheOutcomes}, which tells
     * the first parent). The caller proves they know the family: the other parent's NIR, the child's given name (the
     * first one is enough) and birth date must all match a child the register lists under that person. Each mismatch
     * counts against the caller's account ({@link AttemptLimiter}).
     *
     * @return the démarche's number
     * @throws ChildNotMatchedException if nothing matches, or the child already has two parents or a request waiting
     * @throws org.compteassure.service.code.TooManyAttemptsException after too many mismatches this hour
     */
    public String attachAsSecondParent(Nir otherParent, String givenName, LocalDate birthDate) {
        long accountId = caller.accountId();
        Instant now = clock.instant();
        String budget = ATTACH_BUDGET + accountId;
        limiter.check(budget, now);
        InsuredPerson me = accounts.person();
        Optional<Beneficiary> match = AccountQueries.person(em, otherParent)
                .filter(parent -> !parent.getId().equals(me.getId()))
                .flatMap(parent -> em.createNamedQuery("Beneficiary.findListedFor", Beneficiary.class)
                        .setParameter("parent", parent).setParameter("birthDate", birthDate).getResultStream()
                        .filter(child -> child.getSecondParent() == null && !child.hasPendingSecondParent()
                                && sameGivenName(child, givenName))
                        .findFirst());
        if (match.isEmpty()) {
            AttemptLimiter.recordFailure(limiter, budget, now);
            throw new ChildNotMatchedException();
        }
        Beneficiary child = match.get();
        String number = demarches.open(DemarcheType.SECOND_PARENT, me, child.getGivenNames() + " "
                + child.getFamilyName(), Json.createObjectBuilder()
                .add("enfant", Json.createObjectBuilder().add("nom", child.getFamilyName())
                        .add("prenoms", child.getGivenNames()).add("dateNaissance", child.getBirthDate().toString()))
                .add("premierParent", Json.createObjectBuilder().add("nir", otherParent.withKey()))
                .build());
        child.requestSecondParent(me, number);
        return number;
    }

    private static Child child(Beneficiary child, InsuredPerson me) {
        return new Child(child.getId(), child.getGivenNames(), child.getFamilyName(), child.getBirthDate(),
                child.getInsuredPerson().getId().equals(me.getId()));
    }

    /** Case and accents aside, the typed name is the child's given names or the first of them ("Jean-Pierre" whole). */
    private static boolean sameGivenName(Beneficiary child, String typed) {
        String names = plain(child.getGivenNames());
        String wanted = plain(typed);
        return !wanted.isEmpty() && (names.equals(wanted) || names.split(" ")[0].equals(wanted));
    }

    private static String plain(String text) {
        return Normalizer.normalize(text == null ? "" : text.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.FRENCH);
    }
}
