package org.compteassure.service.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Set;
import java.util.logging.Logger;
import org.compteassure.persistence.security.StaffMember;
import org.compteassure.service.code.SecretHasher;

/**
 * The first administrator of a new installation comes from the environment (CA_ADMIN_USER, CA_ADMIN_PASSWORD):
 * created at deployment if no account has that username. Later ones are created at /admin/personnel.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@RolesAllowed(Roles.SYSTEM)
@RunAs(Roles.SYSTEM)
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    private EntityManager em;

    @Inject
    private SecretHasher hasher;

    @PostConstruct
    void create() {
        String username = System.getenv("CA_ADMIN_USER");
        String password = System.getenv("CA_ADMIN_PASSWORD");
        if (username == null || username.isBlank() || password == null || password.isBlank()
                || StaffMembers.byUsername(em, username).isPresent()) {
            return;
        }
        // Not through StaffService, which only administrators may call: at deployment no one is logged in.
        StaffMembers.create(em, hasher, username, "Administrateur", password.toCharArray(),
                Set.of(StaffMember.ADMIN, StaffMember.ADVISER));
        LOG.info(() -> "First administrator created: " + username);
    }
}
