package org.compteassure.service.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.compteassure.persistence.security.FactorOwner;
import org.compteassure.persistence.security.StaffMember;
import org.compteassure.persistence.security.TotpFactor;
import org.compteassure.service.code.AttemptLimiter;

/**
 * The second login step of advisers and administrators, who must have an authenticator application (TOTP): enrolled
 * at the first login, then asked at every login (or a recovery code, or a passkey added later from their own page). Every method runs between the two steps, before
 * the container knows the caller: the web layer calls them only for the username whose password it has just
 * verified, and keeps that username on the server.
 */
@Stateless
// Anonymous: the staff login's second step, between the verified password and the factor (each method says so too).
@PermitAll
public class StaffFactorService {

    @Inject
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private TotpFactors totp;

    @Inject
    private RecoveryCodes recoveryCodes;

    @Inject
    private Passkeys passkeys;

    @EJB
    private AttemptLimiter limiter;

    /** Whether the staff member has confirmed an authenticator application (else: enrolment). */
    // Anonymous: between the password and the second factor, for the username whose password was verified.
    @PermitAll
    public boolean hasTotp(String username) {
        return totp.confirmed(owner(username)).isPresent();
    }

    /** Whether the staff member added a passkey (offered as the second step besides the application). */
    // Anonymous: between the password and the second factor, for the username whose password was verified.
    @PermitAll
    public boolean hasPasskey(String username) {
        return !passkeys.list(owner(username)).isEmpty();
    }

    /**
     * The options (JSON) of a passkey as the second step, for a staff member who added one (after their TOTP
     * enrolment, from their own page); null if they have none.
     */
    // Anonymous: between the password and the second factor, for the username whose password was verified.
    @PermitAll
    public String passkeyOptions(String username) {
        Passkeys.Ceremony ceremony = passkeys.assertionOptions(owner(username), clock.instant());
        return ceremony == null ? null : ceremony.options();
    }

    /**
     * A new seed for the first login's enrolment, replacing one started earlier.
     *
     * @throws IllegalStateException if the staff member has a confirmed factor already
     */
    // Anonymous: between the password and the second factor, for the username whose password was verified.
    @PermitAll
    public TotpEnrolment startEnrolment(String username) {
        return totp.start(owner(username), username, clock.instant());
    }

    /**
     * Confirms the enrolment with a first code; the first strong factor brings ten recovery codes.
     *
     * @return the recovery codes to show once, or null if the code is wrong
     * @throws org.compteassure.service.code.TooManyAttemptsException when this address failed too often this hour
     */
    // Anonymous: between the password and the second factor, for the username whose password was verified.
    @PermitAll
    public List<String> confirmEnrolment(String username, String code, String clientAddress) {
        Instant now = clock.instant();
        limiter.check(clientAddress, now);
        FactorOwner owner = owner(username);
        if (!totp.confirm(owner, code, now)) {
            AttemptLimiter.recordFailure(limiter, clientAddress, now);
            return null;
        }
        return recoveryCodes.remaining(owner) == 0 ? recoveryCodes.issue(owner, now) : List.of();
    }

    /**
     * The second login step: a code of the application, a recovery code (used up) or a passkey's assertion. Wrong
     * codes count against the factor (five in a row suspend it for 15 minutes), every wrong proof against the client
     * address.
     *
     * @param kind {@link TotpFactors#KIND}, {@link RecoveryCodes#KIND} or {@link Passkeys#KIND}
     * @throws org.compteassure.service.code.TooManyAttemptsException when this address failed too often this hour
     */
    // Anonymous: between the password and the second factor, for the username whose password was verified.
    @PermitAll
    public boolean verify(String username, String kind, String code, String clientAddress) {
        Instant now = clock.instant();
        limiter.check(clientAddress, now);
        FactorOwner owner = owner(username);
        TotpFactor factor = totp.confirmed(owner).orElse(null);
        boolean right;
        if (factor == null) {
            right = false;
        } else if (Passkeys.KIND.equals(kind)) {
            // A signature cannot be guessed: a passkey stays usable while the codes are suspended.
            right = passkeys.verify(owner, code, now);
        } else if (factor.isLocked(now)) {
            right = false;
        } else if (RecoveryCodes.KIND.equals(kind)) {
            right = recoveryCodes.use(owner, code, now);
            if (!right) {
                factor.recordFailure(now);
            }
        } else {
            right = totp.verify(owner, code, now);
        }
        if (!right) {
            AttemptLimiter.recordFailure(limiter, clientAddress, now);
        }
        return right;
    }

    static long staffId(EntityManager em, String username) {
        return em.createNamedQuery("StaffMember.findByUsername", StaffMember.class)
                .setParameter("username", username).getSingleResult().getId();
    }

    private FactorOwner owner(String username) {
        return FactorOwner.staff(staffId(em, username));
    }
}
