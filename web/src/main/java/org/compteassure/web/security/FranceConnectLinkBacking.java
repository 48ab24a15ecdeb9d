package org.compteassure.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import org.compteassure.service.security.FranceConnectIdentity;
import org.compteassure.service.security.FranceConnectService;
import org.compteassure.web.platform.Http;
import org.compteassure.web.platform.Messages;

/**
 * /franceconnect/relier: the first FranceConnect login of a person whose account FranceConnect's identity matched.
 * Their account's code, typed once, links the account (the owner is told by e-mail) and logs them in; the verified
 * identity waits in the session meanwhile, and nothing is linked without the code.
 */
@Named("franceConnectLink")
@RequestScoped
public class FranceConnectLinkBacking {

    /** The session attribute that holds the verified {@link FranceConnectIdentity} until the code is typed. */
    static final String PENDING = "compteassure.franceConnectPendingLink";

    private static final int MAX_CODE = 64;

    @EJB
    private FranceConnectService service;

    @Inject
    private SignIn signIn;

    private String code;

    /** View action: without an identity waiting (a direct visit, or after the link), back to the login page. */
    public String check() {
        return pending() == null ? Http.redirect("/?info=expiree") : null;
    }

    public String confirm() {
        FranceConnectIdentity identity = pending();
        if (identity == null) {
            return Http.redirect("/?info=expiree");
        }
        if (code == null || code.isBlank() || code.length() > MAX_CODE) {
            Messages.fieldError("link", "code", "relier.code.invalid");
            return null;
        }
        FranceConnectService.Outcome outcome = service.confirmLink(identity, code.toCharArray());
        switch (outcome.match()) {
            case LOGGED_IN -> {
                Http.request().getSession().removeAttribute(PENDING);
                signIn.franceConnect(outcome.accountId(), identity.idToken());
                Messages.flash("franceconnect.linked");
                return Http.redirect("/espace/accueil");
            }
            case WRONG_CODE -> Messages.fieldError("link", "code", "relier.code.wrong");
            case LOCKED -> Messages.error("relier.locked");
            case FACTOR_NEEDED -> {
                Http.request().getSession().removeAttribute(PENDING);
                Messages.error("relier.factorNeeded");
            }
            default -> {
                Http.request().getSession().removeAttribute(PENDING);
                Messages.error("franceconnect.noMatch");
            }
        }
        return null;
    }

    private static FranceConnectIdentity pending() {
        HttpSession session = Http.request().getSession(false);
        return session == null ? null : (FranceConnectIdentity) session.getAttribute(PENDING);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
