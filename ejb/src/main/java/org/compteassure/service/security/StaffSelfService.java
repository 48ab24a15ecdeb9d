package org.compteassure.service.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.compteassure.persistence.code.UserSession;
import org.compteassure.persistence.security.FactorOwner;
import org.compteassure.persistence.security.StaffMember;
import org.compteassure.service.NotFoundException;
import org.compteassure.service.code.CodePolicy;
import org.compteassure.service.code.CodeService;
import org.compteassure.service.code.FactorProof;
import org.compteassure.service.code.CodeRejectedException;
import org.compteassure.service.code.OpenSession;
import org.compteassure.service.code.SecretHasher;

/**
 * What an adviser or administrator does to their own account: change their password, see and end their sessions.
 * The member is always the caller ({@link Caller#staffLogin()}).
 */
@Stateless
@RolesAllowed({Roles.ADVISER, Roles.ADMIN})
public class StaffSelfService {

    @Inject
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private SecretHasher hasher;

    @Inject
    private Caller caller;

    @Inject
    private TotpFactors totp;

    @Inject
    private RecoveryCodes recoveryCodes;

    @Inject
    private Passkeys passkeys;

    private final CodePolicy policy = new CodePolicy();

    /**
     * "Changer mon mot de passe": the current password first (a wrong one counts like a failed login, and a locked
     * account is not checked at all), then the code policy with the member's name and login as personal data, and
     * never the current password again. Every other session of the member ends (ASVS 7.4.3).
     *
     * @param currentSession the session record of the caller's browser, which stays open
     * @return false if the current password is wrong or the account locked (nothing changed, the failure counted)
     * @throws CodeRejectedException if the new password breaks the policy
     */
    public boolean changePassword(char[] current, char[] next, String currentSession, Locale locale) {
        Instant now = clock.instant();
        StaffMember member = me();
        if (!passwordRight(member, current, now)) {
            // An answer, not an exception that would roll the count back.
            return false;
        }
        CodePolicy.Verdict verdict = policy.check(new String(next),
                CodePolicy.PersonalData.ofStaff(member.getDisplayName(), member.getUsername()), locale);
        if (hasher.verify(next, member.getPasswordHash())) {
            verdict = verdict.with(CodePolicy.Rule.NOT_REUSED);
        }
        if (!verdict.accepted()) {
            throw new CodeRejectedException(verdict);
        }
        member.newPassword(hasher.hash(next), false);
        StaffMembers.endSessions(em, member.getId(), currentSession, now);
        return true;
    }

    /**
     * The staff step-up before a change of second factor (a passkey added or removed, ASVS 7.5.1): the password again,
     * and the authenticator's code, a recovery code or a passkey's assertion. Failures count as failed logins, in
     * their own transaction, so that refusing the change keeps the count.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public CodeService.Reauthentication reauthenticate(char[] password, FactorProof factor) {
        Instant now = clock.instant();
        StaffMember member = me();
        if (!member.getLockout().acceptsLogin(now)) {
            return CodeService.Reauthentication.LOCKED;
        }
        if (!passwordRight(member, password, now)) {
            return CodeService.Reauthentication.WRONG_CODE;
        }
        FactorOwner owner = FactorOwner.staff(member.getId());
        boolean right = factor != null && switch (factor.kind()) {
            case TotpFactors.KIND -> totp.verify(owner, factor.proof(), now);
            case RecoveryCodes.KIND -> recoveryCodes.use(owner, factor.proof(), now);
            case Passkeys.KIND -> passkeys.verify(owner, factor.proof(), now);
            default -> false;
        };
        if (!right) {
            StaffMembers.recordFailure(em, member, now);
            return CodeService.Reauthentication.WRONG_FACTOR;
        }
        return CodeService.Reauthentication.CONFIRMED;
    }

    /** The password checked unless the account is locked; a wrong one counted. */
    private boolean passwordRight(StaffMember member, char[] password, Instant now) {
        boolean checked = member.getLockout().acceptsLogin(now);
        if (!(hasher.verify(password, checked ? member.getPasswordHash() : hasher.dummyHash()) && checked)) {
            if (checked) {
                StaffMembers.recordFailure(em, member, now);
            }
            return false;
        }
        member.getLockout().recordSuccess();
        return true;
    }

    /** The caller's open sessions, most recently seen first, theirs marked. */
    public List<OpenSession> sessions(String currentSession) {
        Instant now = clock.instant();
        return em.createNamedQuery("UserSession.findOpenForStaff", UserSession.class)
                .setParameter("staffId", me().getId())
                .setParameter("idleSince", now.minus(UserSession.STAFF_IDLE_TIMEOUT))
                .setParameter("startedSince", now.minus(UserSession.STAFF_ABSOLUTE_LIMIT))
                .getResultStream()
                .map(s -> OpenSession.of(s, currentSession))
                .toList();
    }

    /**
     * Ends one of the caller's sessions once their password is typed again (ASVS 7.5.2); another's is not found.
     *
     * @return false if the password is wrong or the account locked (nothing ended, the failure counted)
     */
    public boolean endSession(long sessionId, char[] password) {
        StaffMember member = me();
        UserSession session = em.find(UserSession.class, sessionId);
        if (session == null || !member.getId().equals(session.getStaffId())) {
            throw new NotFoundException("session");
        }
        Instant now = clock.instant();
        if (!passwordRight(member, password, now)) {
            return false;
        }
        session.end(now);
        return true;
    }

    private StaffMember me() {
        return StaffMembers.byUsername(em, caller.staffLogin()).orElseThrow(() -> new NotFoundException("staff member"));
    }
}
