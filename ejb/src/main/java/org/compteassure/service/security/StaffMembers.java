package org.compteassure.service.security;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.compteassure.persistence.code.Lockout;
import org.compteassure.persistence.code.LoginFailure;
import org.compteassure.persistence.security.StaffMember;
import org.compteassure.service.code.SecretHasher;

/** What the staff services share: finding a member, counting a wrong password, ending a member's sessions. */
final class StaffMembers {

    static final List<String> ROLES = List.of(StaffMember.ADVISER, StaffMember.ADMIN, StaffMember.CLAIMS_SYSTEM);

    private StaffMembers() {
    }

    /**
     * A new staff account, enabled, its password hashed: for {@link StaffService#create} and the first administrator
     * (created at deployment, when no one is logged in).
     *
     * @throws StaffService.UsernameTakenException if another account has that username
     * @throws IllegalArgumentException if the roles are empty or not all of {@link #ROLES}
     */
    static StaffMember create(EntityManager em, SecretHasher hasher, String username, String displayName, char[] password,
                       Set<String> roles) {
        if (byUsername(em, username).isPresent()) {
            throw new StaffService.UsernameTakenException();
        }
        if (roles.isEmpty() || !ROLES.containsAll(roles)) {
            throw new IllegalArgumentException("unknown roles " + roles);
        }
        StaffMember member = new StaffMember(username, displayName, hasher.hash(password), roles);
        em.persist(member);
        return member;
    }

    static Optional<StaffMember> byUsername(EntityManager em, String username) {
        return em.createNamedQuery("StaffMember.findByUsername", StaffMember.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    /** A wrong password: kept for the 12-hour count, and counted by the member's {@link Lockout}. */
    static void recordFailure(EntityManager em, StaffMember member, Instant now) {
        em.persist(LoginFailure.ofStaff(member.getId(), now));
        long recent = em.createNamedQuery("LoginFailure.countSinceForStaff", Long.class)
                .setParameter("staffId", member.getId())
                .setParameter("since", now.minus(Lockout.BLOCK_WINDOW))
                .getSingleResult();
        member.getLockout().recordFailure(now, recent + 1);
    }

    /** Ends every open session of the member but {@code except} (null: all); each browser is logged out at its next request. */
    static int endSessions(EntityManager em, long staffId, String except, Instant now) {
        return em.createNamedQuery("UserSession.endAllForStaff")
                .setParameter("staffId", staffId)
                .setParameter("except", except == null ? "" : except)
                .setParameter("now", now)
                .executeUpdate();
    }
}
