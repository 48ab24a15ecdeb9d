package org.compteassure.service.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.compteassure.persistence.account.Account;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.mandate.Mandate;

/**
 * Who calls a service, read from the container (never from a parameter that the web layer fills in): an insured
 * person's principal is their account id, a staff member's their login.
 * <p>
 * A helper acting for someone (« Un proche m'aide ») is still themselves: their principal is their account id and
 * the mandate's, {@code 17:4050} ({@link #actingName}), set by the authentication mechanism from their HTTP session
 * once {@code MandateService#actFor} accepted the switch. Then {@link #accountId()} refuses: whatever does not ask
 * for a part of the space ({@link #accountFor}) is never done for the represented person, nor for the helper while
 * they act (the code, the factors, the bank details, the e-mail address, giving a mandate: nothing to forget to
 * refuse). {@link #accountFor} checks the mandate at every call (in force, the caller's, covering that part) and
 * writes the act in the represented person's activity.
 */
@ApplicationScoped
public class Caller {

    private static final char ACTING_SEPARATOR = ':';

    @Inject
    private SecurityContext securityContext;

    @Inject
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private HelperActs acts;

    /** The principal's name of an insured person acting with that mandate. */
    public static String actingName(long accountId, long mandateId) {
        return accountId + String.valueOf(ACTING_SEPARATOR) + mandateId;
    }

    /** Whether an insured person's principal name says they act for someone ({@link #actingName}). */
    public static boolean isActingName(String principalName) {
        return principalName.indexOf(ACTING_SEPARATOR) >= 0;
    }

    /** The account id in an insured person's principal name, acting for someone or not. */
    public static long ownAccountId(String principalName) {
        int separator = principalName.indexOf(ACTING_SEPARATOR);
        return Long.parseLong(separator < 0 ? principalName : principalName.substring(0, separator));
    }

    /**
     * The calling insured person's account; refused for any other caller, and while the caller acts for someone
     * (see the class).
     */
    public long accountId() {
        long own = ownAccountId();
        if (actingMandateId().isPresent()) {
            throw new ActingRefusedException("own account's service");
        }
        return own;
    }

    /** The logged-in insured person's own account, acting for someone or not: their mandates, their way back. */
    public long ownAccountId() {
        if (!securityContext.isCallerInRole(Roles.INSURED)) {
            throw new SecurityException("not an insured person's call");
        }
        return ownAccountId(principal().getName());
    }

    /** The mandate the caller acts with, if they act for someone (not checked: see {@link #accountFor}). */
    public Optional<Long> actingMandateId() {
        if (!securityContext.isCallerInRole(Roles.INSURED)) {
            return Optional.empty();
        }
        String name = principal().getName();
        int separator = name.indexOf(ACTING_SEPARATOR);
        return separator < 0 ? Optional.empty() : Optional.of(Long.parseLong(name.substring(separator + 1)));
    }

    /**
     * The account whose data this act reads or writes: the caller's own, or, while they act for someone, that
     * person's, if the mandate is the caller's, still in force and covers the act's part of the space (else
     * {@link ActingRefusedException}); the act is then written in that person's activity, « par … pour … ».
     */
    public long accountFor(Act act) {
        long own = ownAccountId();
        Optional<Long> mandateId = actingMandateId();
        if (mandateId.isEmpty()) {
            return own;
        }
        Instant now = clock.instant();
        Mandate mandate = em.find(Mandate.class, mandateId.get());
        if (mandate == null || mandate.getHelperAccountId() != own || !mandate.isInForce(now)
                || !mandate.covers(act.scope())) {
            throw new ActingRefusedException(act.name());
        }
        acts.record(mandate.getId(), act, now);
        return mandate.getMandatorAccountId();
    }

    /** « Paul AIDANT pour Marie DUPONT », with the names on file now. */
    public String onBehalf(long helperAccountId, long mandatorAccountId) {
        return fullName(helperAccountId) + " pour " + fullName(mandatorAccountId);
    }

    /** « Marie DUPONT »: given names and family name in capitals, as the fund writes a name. */
    public String fullName(long accountId) {
        InsuredPerson person = em.find(Account.class, accountId).getInsuredPerson();
        return person.getGivenNames() + " " + person.getFamilyName().toUpperCase(Locale.FRENCH);
    }

    /** The calling adviser's or administrator's login; refused for any other caller. */
    public String staffLogin() {
        if (!securityContext.isCallerInRole(Roles.ADVISER) && !securityContext.isCallerInRole(Roles.ADMIN)) {
            throw new SecurityException("not a staff member's call");
        }
        return principal().getName();
    }

    public boolean isInRole(String role) {
        return securityContext.isCallerInRole(role);
    }

    private Principal principal() {
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            throw new SecurityException("no caller");
        }
        return principal;
    }
}
