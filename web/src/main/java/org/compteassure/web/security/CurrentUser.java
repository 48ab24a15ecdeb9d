package org.compteassure.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.Optional;
import org.compteassure.service.account.AccountService;
import org.compteassure.service.account.PersonName;
import org.compteassure.service.mandate.ActingFor;
import org.compteassure.service.mandate.MandateService;
import org.compteassure.service.security.Caller;

/** Who is asking, for views (the header, the navigation) and for backing beans (the owner of what they touch). */
@Named("me")
@RequestScoped
public class CurrentUser {

    @Inject
    private SecurityContext securityContext;

    @EJB
    private AccountService accounts;

    @EJB
    private MandateService mandates;

    private PersonName person;
    private Optional<ActingFor> acting;

    /** The caller's roles among the three, asked once per request: every page's template asks several times. */
    private Boolean insured;
    private Boolean adviser;
    private Boolean admin;

    public boolean isInsured() {
        if (insured == null) {
            insured = securityContext.isCallerInRole(SignedIn.INSURED);
        }
        return insured;
    }

    public boolean isAdviser() {
        if (adviser == null) {
            adviser = securityContext.isCallerInRole(SignedIn.ADVISER);
        }
        return adviser;
    }

    public boolean isAdmin() {
        if (admin == null) {
            admin = securityContext.isCallerInRole(SignedIn.ADMIN);
        }
        return admin;
    }

    /** Logged in on a page of this site (WildFly names anonymous callers too, so the roles decide). */
    public boolean isLoggedIn() {
        return isInsured() || isAdviser() || isAdmin();
    }

    /**
     * The logged-in insured person's account, for the rare call made before or beside a service's own check (the
     * login steps' factors); services read the caller themselves ({@code Caller}), so "my" data is never asked by id.
     */
    public long accountId() {
        if (!isInsured()) {
            throw new IllegalStateException("not an insured person's request");
        }
        return Caller.ownAccountId(securityContext.getCallerPrincipal().getName());
    }

    public String getUsername() {
        return securityContext.getCallerPrincipal().getName();
    }

    /**
     * Whom the insured person acts for (« Agir pour … »), if they switched to it and the mandate is still in force;
     * asked once per request (the banner, the menu and {@link ActingGuard}).
     */
    public Optional<ActingFor> acting() {
        if (acting == null) {
            acting = isInsured() && Caller.isActingName(securityContext.getCallerPrincipal().getName())
                    ? mandates.acting() : Optional.empty();
        }
        return acting;
    }

    public boolean isActing() {
        return acting().isPresent();
    }

    /** For the views: the person acted for, or null. */
    public ActingFor getActingFor() {
        return acting().orElse(null);
    }

    /** The logged-in insured person's name, for the pages that greet them. */
    public PersonName getPerson() {
        if (person == null) {
            person = accounts.name();
        }
        return person;
    }
}
