package org.compteassure.service.security;

/**
 * The application's roles, as {@code @RolesAllowed} and {@code web.xml} name them: one list, so that a service and the
 * URL constraints in front of it cannot drift apart.
 */
public final class Roles {

    public static final String INSURED = "insured";
    public static final String ADVISER = "adviser";
    public static final String ADMIN = "admin";
    public static final String CLAIMS_SYSTEM = "claims-system";
    /**
     * The application's own work (timers, start-up, the batch jobs it resumes), given by {@code @RunAs} and never to
     * a login: the identity stores grant only the roles above.
     */
    public static final String SYSTEM = "system";

    private Roles() {
    }
}
