package org.compteassure.service.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.compteassure.persistence.security.FactorOwner;
import org.compteassure.persistence.security.StaffMember;
import org.compteassure.service.BusinessException;
import org.compteassure.service.NotFoundException;
import org.compteassure.service.code.SecretHasher;
import org.compteassure.service.code.Secrets;

/** Staff accounts (advisers, administrators, the claims system), managed by administrators at /admin/personnel. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class StaffService {

    /** The username is taken already. */
    public static class UsernameTakenException extends BusinessException {
        public UsernameTakenException() {
            super("username taken");
        }
    }

    /** 24 characters of a random token: 144 bits. */
    static final int RESET_PASSWORD_LENGTH = 24;

    public static final List<String> ROLES = StaffMembers.ROLES;

    @Inject
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private SecretHasher hasher;

    @Inject
    private Clock clock;

    @Inject
    private TotpFactors totp;

    @Inject
    private RecoveryCodes recoveryCodes;

    @Inject
    private Passkeys passkeys;

    /** Every staff account, by username, for the administrators' page. */
    public List<StaffAccount> all() {
        return em.createQuery("SELECT s FROM StaffMember s ORDER BY s.username", StaffMember.class).getResultStream()
                .map(s -> new StaffAccount(s.getId(), s.getUsername(), s.getDisplayName(), List.copyOf(s.getRoles()),
                        s.isEnabled(), s.isPerson()))
                .toList();
    }

    /**
     * A new staff account, enabled, its password hashed. The administrator hands the password over, so an adviser or
     * administrator must replace it at their first login, as after a reset; a claims-system account keeps it, and so
     * does the first administrator, whose password the operator chose.
     *
     * @throws UsernameTakenException if another account has that username
     * @throws IllegalArgumentException if the roles are empty or not all of {@link #ROLES}
     */
    @RolesAllowed({Roles.ADMIN, Roles.SYSTEM})
    public void create(String username, String displayName, char[] password, Set<String> roles) {
        StaffMember member = StaffMembers.create(em, hasher, username, displayName, password, roles);
        if (member.isPerson() && caller.isInRole(Roles.ADMIN)) {
            member.newPassword(member.getPasswordHash(), true);
        }
    }

    /** Disables (and logs out) or enables an account; an administrator cannot disable themselves. */
    public void setEnabled(long staffId, boolean enabled) {
        StaffMember member = em.find(StaffMember.class, staffId);
        if (member == null || (!enabled && member.getUsername().equals(caller.staffLogin()))) {
            throw new NotFoundException("staff member");
        }
        member.setEnabled(enabled);
        if (!enabled) {
            StaffMembers.endSessions(em, staffId, null, clock.instant());
        }
    }

    /**
     * A colleague's new password, drawn at random and shown once to the administrator, who hands it over; an adviser
     * or administrator must replace it at their next login, before any page, while a claims-system account keeps it
     * (that is how its password is rotated, only here). The colleague's sessions end and any lockout is lifted.
     * Administrators change their own password themselves.
     *
     * @return the new password, which is nowhere else in clear
     */
    public String resetPassword(long staffId) {
        StaffMember member = colleague(staffId);
        String password = Secrets.token().substring(0, RESET_PASSWORD_LENGTH);
        member.newPassword(hasher.hash(password.toCharArray()), member.isPerson());
        StaffMembers.endSessions(em, staffId, null, clock.instant());
        return password;
    }

    /**
     * A colleague lost their authenticator (ASVS 6.4.4): after the administrator checked who they are, the
     * application, passkeys and recovery codes are removed and the sessions end; the colleague enrols a new
     * application at their next login, before any page.
     */
    public void resetFactors(long staffId) {
        FactorOwner owner = FactorOwner.staff(colleague(staffId).getId());
        totp.remove(owner);
        passkeys.removeAll(owner);
        recoveryCodes.delete(owner);
        StaffMembers.endSessions(em, staffId, null, clock.instant());
    }

    /** Ends every session of a colleague (they are logged out at their next click). */
    public int endSessions(long staffId) {
        return StaffMembers.endSessions(em, colleague(staffId).getId(), null, clock.instant());
    }

    private StaffMember colleague(long staffId) {
        StaffMember member = em.find(StaffMember.class, staffId);
        if (member == null || member.getUsername().equals(caller.staffLogin())) {
            throw new NotFoundException("staff member");
        }
        return member;
    }

}
