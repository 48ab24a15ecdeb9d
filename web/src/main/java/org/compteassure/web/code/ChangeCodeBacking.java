package org.compteassure.web.code;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.compteassure.service.code.CodePolicy;
import org.compteassure.service.code.CodeRejectedException;
import org.compteassure.service.code.CodeService.Reauthentication;
import org.compteassure.service.security.CodeChangeService;
import org.compteassure.web.platform.Http;
import org.compteassure.web.platform.Messages;
import org.compteassure.web.security.SignIn;

/**
 * /espace/changer-code: "Changer mon code" while logged in. The current code is asked first (ASVS 6.2.3; a wrong
 * one counts like a failed login), then the new one, as on /choisir-code.
 */
@Named
@RequestScoped
public class ChangeCodeBacking extends NewCodeFields {

    private static final long serialVersionUID = 1L;

    @EJB
    private CodeChangeService codes;

    @Inject
    private SignIn signIn;

    /** Never kept in the view state. */
    private transient String current;

    @Override
    protected String formId() {
        return "change";
    }

    public String change() {
        if (current.length() > CodePolicy.MAX_LENGTH) {
            // No code is that long: not worth a hash, nor a failure on the count.
            Messages.fieldError(formId(), "current", "changer-code.wrongCurrent");
            return null;
        }
        if (!confirmed()) {
            return null;
        }
        Reauthentication outcome;
        try {
            outcome = codes.change(current.toCharArray(), getCode().toCharArray(), isEndOtherSessions(),
                    signIn.currentRecord(), locale());
        } catch (CodeRejectedException e) {
            showUnmetRules(e.verdict());
            return null;
        }
        switch (outcome) {
            case WRONG_CODE -> {
                Messages.fieldError(formId(), "current", "changer-code.wrongCurrent");
                return null;
            }
            case LOCKED -> {
                Messages.error("changer-code.locked");
                return null;
            }
            default -> {
                Messages.flash(isEndOtherSessions() ? "changer-code.doneOthersEnded" : "changer-code.done");
                return Http.redirect("/espace/securite");
            }
        }
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }
}
