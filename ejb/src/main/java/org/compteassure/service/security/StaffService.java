package org.compteassure.service.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import org.compteassure.persistence.security.StaffMember;
import org.compteassure.service.BusinessException;
import org.compteassure.service.NotFoundException;
import org.compteassure.service.code.SecretHasher;

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

    public static final List<String> ROLES = List.of(StaffMember.ADVISER, StaffMember.ADMIN, StaffMember.CLAIMS_SYSTEM);

    @Inject
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private SecretHasher hasher;

    /** Every staff account, by username, for the administrators' page. */
    public List<StaffAccount> all() {
        return em.createQuery("SELECT s FROM StaffMember s ORDER BY s.username", StaffMember.class).getResultStream()
                .map(s -> new StaffAccount(s.getId(), s.getUsername(), s.getDisplayName(), List.copyOf(s.getRoles()),
                        s.isEnabled()))
                .toList();
    }

    /**
     * A new staff account, enabled, its password hashed.
     *
     * @throws UsernameTakenException if another account has that username
     * @throws IllegalArgumentException if the roles are empty or not all of {@link #ROLES}
     */
    @RolesAllowed({Roles.ADMIN, Roles.SYSTEM})
    public void create(String username, String displayName, char[] password, Set<String> roles) {
        if (exists(username)) {
            throw new UsernameTakenException();
        }
        if (roles.isEmpty() || !ROLES.containsAll(roles)) {
            throw new IllegalArgumentException("unknown roles " + roles);
        }
        em.persist(new StaffMember(username, displayName, hasher.hash(password), roles));
    }

    /** Disables or enables an account; an administrator cannot disable themselves. */
    public void setEnabled(long staffId, boolean enabled) {
        String byUsername = caller.staffLogin();
        StaffMember member = em.find(StaffMember.class, staffId);
        if (member == null || (!enabled && member.getUsername().equals(byUsername))) {
            throw new NotFoundException("staff member");
        }
        member.setEnabled(enabled);
    }

    /** Whether a staff account has that username, enabled or not. */
    @RolesAllowed({Roles.ADMIN, Roles.SYSTEM})
    public boolean exists(String username) {
        return em.createNamedQuery("StaffMember.findByUsername", StaffMember.class)
                .setParameter("username", username)
                .getResultStream().findFirst().isPresent();
    }
}
