package org.compteassure.web.code;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Locale;
import org.compteassure.service.code.CodePolicy;
import org.compteassure.service.code.CodeRejectedException;
import org.compteassure.service.code.CodeService;
import org.compteassure.service.code.InvalidLinkException;
import org.compteassure.web.platform.Http;
import org.compteassure.web.platform.Messages;
import org.compteassure.web.security.SignIn;

/**
 * /choisir-code: the definitive code, reached through an e-mailed link (?jeton=…) or after logging in with a
 * provisional code from a letter. The rules show as a checklist (checked live in the browser, again here).
 */
@Named
@ViewScoped
public class ChooseCodeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CodeService codes;

    @Inject
    private SignIn signIn;

    private String token;
    private boolean valid;
    /** Never kept in the view state. */
    private transient String code;
    private transient String confirmation;

    /** On arrival: is there a live link, or a provisional-code login, to choose a code for? */
    public void check() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        valid = token != null ? codes.isLinkLive(token) : pending() != null;
    }

    public String choose() {
        if (!code.equals(confirmation)) {
            Messages.fieldError("choose", "confirmation", "choisir-code.mismatch");
            return null;
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        long accountId;
        try {
            if (token != null) {
                accountId = codes.chooseCodeByLink(token, code.toCharArray(), locale);
            } else {
                PendingCodeChoice pending = pending();
                if (pending == null) {
                    throw new InvalidLinkException();
                }
                accountId = codes.chooseCodeByProvisional(pending.accountId(), pending.codeId(), code.toCharArray(), locale);
                Http.request().getSession().removeAttribute(PendingCodeChoice.ATTRIBUTE);
            }
        } catch (CodeRejectedException e) {
            showUnmetRules(e.verdict(), locale);
            return null;
        } catch (InvalidLinkException e) {
            valid = false;
            return null;
        }
        signIn.insured(accountId);
        Messages.flash("choisir-code.done");
        return Http.redirect("/espace/securite");
    }

    public String ruleLabel(CodePolicy.Rule rule) {
        return CodePolicy.label(rule, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    private void showUnmetRules(CodePolicy.Verdict verdict, Locale locale) {
        verdict.unmet().forEach(rule -> Messages.fieldError("choose", "code", "choisir-code.unmet",
                CodePolicy.label(rule, locale)));
        if (verdict.warning() != null && !verdict.warning().isBlank()) {
            Messages.fieldError("choose", "code", "choisir-code.advice", verdict.warning());
        }
        verdict.suggestions().forEach(suggestion -> Messages.fieldError("choose", "code", "choisir-code.advice", suggestion));
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

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
