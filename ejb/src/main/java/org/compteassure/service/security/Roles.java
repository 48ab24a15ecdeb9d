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

    private Roles() {
    }
}
