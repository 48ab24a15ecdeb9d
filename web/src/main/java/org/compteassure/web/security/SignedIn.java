package org.compteassure.web.security;

import java.io.Serializable;
import java.util.Set;
import org.compteassure.service.security.Caller;
import org.compteassure.service.security.Roles;

/** Who is logged in on this HTTP session: small and serializable, so that sessions replicate across nodes. */
public record SignedIn(String name, Set<String> groups) implements Serializable {

    public static final String INSURED = Roles.INSURED;
    public static final String ADVISER = Roles.ADVISER;
    public static final String ADMIN = Roles.ADMIN;
    public static final String CLAIMS_SYSTEM = Roles.CLAIMS_SYSTEM;

    /**
     * The same insured person acting with that mandate (« Agir pour … »), or themselves again with null: the name the
     * container gives the services ({@link Caller#actingName}), checked by them at every call.
     */
    SignedIn acting(Long mandateId) {
        long own = Caller.ownAccountId(name);
        return new SignedIn(mandateId == null ? String.valueOf(own) : Caller.actingName(own, mandateId), groups);
    }

    /** The HTTP session attribute that holds it. */
    static final String ATTRIBUTE = "compteassure.signedIn";
}
