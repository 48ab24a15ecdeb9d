package org.compteassure.service.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.compteassure.persistence.code.UserSession;
import org.compteassure.persistence.security.StaffMember;
import org.compteassure.service.code.AttemptLimiter;
import org.compteassure.service.code.SecretHasher;
import org.compteassure.service.code.Secrets;
import org.compteassure.service.code.SessionService;
import org.compteassure.service.code.TooManyAttemptsException;

/**
 * Staff passwords checked: the login form at /conseiller (advisers, administrators) and HTTP Basic on /api (the
 * claims system), each with its own budget of failures per client address. Every refusal, whatever its reason
 * (unknown login, wrong password, locked, disabled, an account of the other kind), costs one hash and answers the
 * same, so that nothing tells the reasons apart.
 */
@Stateless
// Anonymous by nature: these methods are how a caller proves who they are.
@PermitAll
public class StaffLoginService {

    /** Budgets apart from the insured logins' (an office's advisers behind one address are not blocked by them). */
    static final String STAFF_BUDGET = "staff:";
    static final String API_BUDGET = "api:";

    /** A staff session's idle limit, which the HTTP session follows too. */
    public static final Duration IDLE_TIMEOUT = UserSession.STAFF_IDLE_TIMEOUT;

    @Inject
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private SecretHasher hasher;

    @EJB
    private AttemptLimiter limiter;

    /**
     * An adviser's or administrator's password (the first login step); on success the account's lockout is reset.
     *
     * @return empty when refused, for any reason
     * @throws TooManyAttemptsException when this client address failed too often in the last hour
     */
    public Optional<StaffLogin> login(String username, char[] password, String browser, String address) {
        Instant now = clock.instant();
        String budget = STAFF_BUDGET + address;
        limiter.check(budget, now);
        StaffMember member = StaffMembers.byUsername(em, username).orElse(null);
        boolean checked = member != null && member.isEnabled() && member.isPerson()
                && member.getLockout().acceptsLogin(now);
        // The same hash is computed whatever the account's state, so that timing tells nothing.
        boolean right = hasher.verify(password, checked ? member.getPasswordHash() : hasher.dummyHash()) && checked;
        if (!right) {
            if (checked) {
                StaffMembers.recordFailure(em, member, now);
            }
            AttemptLimiter.recordFailure(limiter, budget, now);
            return Optional.empty();
        }
        member.getLockout().recordSuccess();
        return Optional.of(new StaffLogin(member.getUsername(), member.getRoles(), member.isMustChangePassword()));
    }

    /**
     * Records the session of a staff member whose password and second factor were just verified (called while the
     * login is completed, before the container knows the caller); 15 idle minutes, 10 hours at most.
     *
     * @return the session record's id, for the HTTP session only
     */
    public String startSession(String username, String browser, String address) {
        StaffMember member = StaffMembers.byUsername(em, username).orElseThrow();
        String record = Secrets.token();
        em.persist(UserSession.forStaff(member.getId(), record, SessionService.trim(browser, 200),
                SessionService.trim(address, 64), clock.instant()));
        return record;
    }

    /**
     * An API call's HTTP Basic credentials: only claims-system accounts, so that an adviser's password cannot be
     * tried here, beside the lockout. No lockout of its own: a stranger must not be able to stop the claims system
     * by failing on purpose; the address's budget limits guessing.
     *
     * @return empty when refused, for any reason
     * @throws TooManyAttemptsException when this client address failed too often in the last hour
     */
    public Optional<StaffLogin> apiCaller(String username, char[] password, String address) {
        Instant now = clock.instant();
        String budget = API_BUDGET + address;
        limiter.check(budget, now);
        StaffMember member = StaffMembers.byUsername(em, username).orElse(null);
        boolean checked = member != null && member.isEnabled() && member.getRoles().contains(StaffMember.CLAIMS_SYSTEM);
        boolean right = hasher.verify(password, checked ? member.getPasswordHash() : hasher.dummyHash()) && checked;
        if (!right) {
            AttemptLimiter.recordFailure(limiter, budget, now);
            return Optional.empty();
        }
        return Optional.of(new StaffLogin(member.getUsername(), member.getRoles(), false));
    }
}
