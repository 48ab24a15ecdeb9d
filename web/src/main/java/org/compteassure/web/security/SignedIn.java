package org.compteassure.web.security;

import java.io.Serializable;
import java.util.Set;
import org.compteassure.service.security.Roles;

/** Who is logged in on this HTTP session: small and serializable, so that sessions replicate across nodes. */
public record SignedIn(String name, Set<String> groups) implements Serializable {

    public static final String INSURED = Roles.INSURED;
    public static final String ADVISER = Roles.ADVISER;
    public static final String ADMIN = Roles.ADMIN;
    public static final String CLAIMS_SYSTEM = Roles.CLAIMS_SYSTEM;

    /** The HTTP session attribute that holds it. */
    static final String ATTRIBUTE = "compteassure.signedIn";
}
