package org.compteassure.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.compteassure.service.code.Secrets;
import org.compteassure.service.security.FranceConnectClient;
import org.compteassure.service.security.FranceConnectIdentity;
import org.compteassure.service.security.FranceConnectRefusedException;
import org.compteassure.service.security.FranceConnectService;
import org.compteassure.web.platform.Http;
import org.compteassure.web.platform.LanguageBacking;
import org.compteassure.web.platform.Messages;

/**
 * "S'identifier avec FranceConnect" on "/", "Relier mon compte à FranceConnect" and "Délier FranceConnect" on
 * /espace/securite, and the return from FranceConnect at /franceconnect/retour (a first login goes on to
 * /franceconnect/relier, which asks for the account's code). Whatever goes wrong, the person reads one plain message and no
 * session is opened.
 */
@Named("franceConnect")
@RequestScoped
public class FranceConnectBacking {

    @Inject
    private FranceConnectClient client;

    @EJB
    private FranceConnectService service;

    @Inject
    private SignIn signIn;

    @Inject
    private CurrentUser me;

    @Inject
    private LanguageBacking language;

    public boolean isEnabled() {
        return client.isEnabled();
    }

    public String login() {
        return start(false);
    }

    public String link() {
        return start(true);
    }

    private String start(boolean linking) {
        String state = Secrets.token();
        String nonce = Secrets.token();
        String verifier = Secrets.token();
        URI authorization;
        try {
            authorization = client.authorizationUri(state, nonce, verifier);
        } catch (FranceConnectRefusedException e) {
            Messages.error("franceconnect.unavailable");
            return null;
        }
        Http.request().getSession().setAttribute(FranceConnectRequest.ATTRIBUTE,
                new FranceConnectRequest(state, nonce, verifier, linking));
        try {
            FacesContext.getCurrentInstance().getExternalContext().redirect(authorization.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }

    /** The view action of /franceconnect/retour?code=…&state=… (or ?error=… when the person gave up). */
    public String onReturn() {
        // A view action runs before f:view applies the page's language: messages must be in it already.
        FacesContext.getCurrentInstance().getViewRoot().setLocale(language.getLocale());
        HttpServletRequest request = Http.request();
        HttpSession session = request.getSession(false);
        FranceConnectRequest sent = session == null ? null
                : (FranceConnectRequest) session.getAttribute(FranceConnectRequest.ATTRIBUTE);
        if (session != null) {
            session.removeAttribute(FranceConnectRequest.ATTRIBUTE);
        }
        String state = request.getParameter("state");
        String code = request.getParameter("code");
        if (sent == null || state == null || !MessageDigest.isEqual(state.getBytes(StandardCharsets.UTF_8),
                sent.state().getBytes(StandardCharsets.UTF_8))) {
            Messages.error("franceconnect.refused");
            return null;
        }
        if (code == null || code.isBlank() || code.length() > 500) {
            Messages.error("franceconnect.cancelled");
            return null;
        }
        FranceConnectIdentity identity;
        try {
            identity = client.complete(code, sent.nonce(), sent.codeVerifier());
        } catch (FranceConnectRefusedException e) {
            Messages.error("franceconnect.refused");
            return null;
        }
        return sent.linking() ? linked(identity) : loggedIn(identity);
    }

    private String linked(FranceConnectIdentity identity) {
        if (!me.isInsured()) {
            return Http.redirect("/?info=expiree");
        }
        Messages.flash(service.link(identity) ? "franceconnect.linked" : "franceconnect.linkedElsewhere");
        return Http.redirect("/espace/securite");
    }

    private String loggedIn(FranceConnectIdentity identity) {
        FranceConnectService.Outcome outcome = service.login(identity);
        switch (outcome.match()) {
            case LOGGED_IN -> {
                signIn.franceConnect(outcome.accountId(), identity.idToken());
                return Http.redirect("/espace/accueil");
            }
            case CODE_NEEDED -> {
                Http.request().getSession().setAttribute(FranceConnectLinkBacking.PENDING, identity);
                return Http.redirect("/franceconnect/relier");
            }
            case SEVERAL -> Messages.error("franceconnect.several");
            case NO_ACCOUNT -> Messages.error("franceconnect.noAccount");
            default -> Messages.error("franceconnect.noMatch");
        }
        return null;
    }

    /** "Délier FranceConnect" (/espace/securite): FranceConnect no longer opens this account; the owner is told. */
    public String unlink() {
        service.unlink();
        Messages.flash("franceconnect.unlinked");
        return Http.redirect("/espace/securite");
    }

    /** Whether the logged-in person's account is linked to FranceConnect (/espace/securite). */
    public boolean isLinked() {
        return me.isInsured() && service.isLinked();
    }
}
