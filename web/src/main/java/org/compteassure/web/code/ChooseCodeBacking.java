package org.compteassure.web.code;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import org.compteassure.service.code.CodeRejectedException;
import org.compteassure.service.code.CodeService;
import org.compteassure.service.code.InvalidLinkException;
import org.compteassure.web.platform.Http;
import org.compteassure.web.platform.Messages;
import org.compteassure.web.security.SignIn;

/**
 * /choisir-code: the definitive code, reached through an e-mailed link (?jeton=…) or after logging in with a
 * provisional code from a letter. The rules show as a checklist (checked live in the browser, again here); with
 * "Déconnecter mes autres appareils" every other session ends and no browser stays trusted.
 */
@Named
@ViewScoped
public class ChooseCodeBacking extends NewCodeFields {

    private static final long serialVersionUID = 1L;

    @EJB
    private CodeService codes;

    @Inject
    private SignIn signIn;

    private String token;
    private boolean valid;

    /** On arrival: is there a live link, or a provisional-code login, to choose a code for? */
    public void check() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        valid = token != null ? codes.isLinkLive(token) : pending() != null;
    }

    @Override
    protected String formId() {
        return "choose";
    }

    public String choose() {
        if (!confirmed()) {
            return null;
        }
        char[] code = getCode().toCharArray();
        long accountId;
        try {
            if (token != null) {
                accountId = codes.chooseCodeByLink(token, code, isEndOtherSessions(), locale());
            } else {
                PendingCodeChoice pending = pending();
                if (pending == null) {
                    throw new InvalidLinkException();
                }
                accountId = codes.chooseCodeByProvisional(pending.accountId(), pending.codeId(), code,
                        isEndOtherSessions(), locale());
                Http.request().getSession().removeAttribute(PendingCodeChoice.ATTRIBUTE);
            }
        } catch (CodeRejectedException e) {
            showUnmetRules(e.verdict());
            return null;
        } catch (InvalidLinkException e) {
            valid = false;
            return null;
        }
        signIn.insured(accountId);
        Messages.flash("choisir-code.done");
        return Http.redirect("/espace/securite");
    }

    private static PendingCodeChoice pending() {
        HttpSession session = Http.request().getSession(false);
        return session == null ? null : (PendingCodeChoice) session.getAttribute(PendingCodeChoice.ATTRIBUTE);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token == null || token.isBlank() ? null : token;
    }

    public boolean isValid() {
        return valid;
    }
}
