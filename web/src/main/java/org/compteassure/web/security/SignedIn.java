package org.compteassure.web.security;

import java.io.Serializable;
import java.util.Set;

/** Who is logged in on this HTTP session: small and serializable, so that sessions replicate across nodes. */
public record SignedIn(String name, Set<String> groups) implements Serializable {

    public static final String INSURED = "insured";
    public static final String ADVISER = "adviser";
    public static final String ADMIN = "admin";
    public static final String CLAIMS_SYSTEM = "claims-system";

    /** The HTTP session attribute that holds it. */
    static final String ATTRIBUTE = "compteassure.signedIn";
}
