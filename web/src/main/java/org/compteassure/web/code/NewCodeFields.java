package org.compteassure.web.code;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.Locale;
import org.compteassure.service.code.CodePolicy;
import org.compteassure.web.platform.Messages;

/**
 * What the forms that set a definitive code share (/choisir-code, /espace/changer-code; the fields in
 * {@code WEB-INF/includes/new-code-fields.xhtml}): the new code and its confirmation, the rules' checklist labels, the
 * unmet rules shown under the field, and "Déconnecter mes autres appareils", checked by default as Keycloak does.
 */
public abstract class NewCodeFields implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Never kept in the view state. */
    private transient String code;
    private transient String confirmation;
    private boolean endOtherSessions = true;

    /** The id of the form the fields are in, for the messages under them. */
    protected abstract String formId();

    /** Whether both codes typed match; if not, says so under the confirmation. */
    protected boolean confirmed() {
        if (code == null || !code.equals(confirmation)) {
            Messages.fieldError(formId(), "confirmation", "choisir-code.mismatch");
            return false;
        }
        return true;
    }

    protected static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** Each rule the server found unmet, and zxcvbn's advice, under the new code's field. */
    protected void showUnmetRules(CodePolicy.Verdict verdict) {
        Locale locale = locale();
        verdict.unmet().forEach(rule -> Messages.fieldError(formId(), "code", "choisir-code.unmet",
                CodePolicy.label(rule, locale)));
        if (verdict.warning() != null && !verdict.warning().isBlank()) {
            Messages.fieldError(formId(), "code", "choisir-code.advice", verdict.warning());
        }
        verdict.suggestions().forEach(suggestion -> Messages.fieldError(formId(), "code", "choisir-code.advice",
                suggestion));
    }

    /** A rule as the checklist words it (the rules and lengths themselves are {@link CodeRules}'). */
    public String ruleLabel(CodePolicy.Rule rule) {
        return CodePolicy.label(rule, locale());
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

    public boolean isEndOtherSessions() {
        return endOtherSessions;
    }

    public void setEndOtherSessions(boolean endOtherSessions) {
        this.endOtherSessions = endOtherSessions;
    }
}
