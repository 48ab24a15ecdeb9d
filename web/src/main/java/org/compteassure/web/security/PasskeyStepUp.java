package org.compteassure.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import org.compteassure.service.code.FactorProof;
import org.compteassure.service.security.PasskeyService;
import org.compteassure.service.security.Passkeys;

/**
 * The passkey of a step-up form (WEB-INF/includes/step-up-fields.xhtml), for whoever has one: the assertion options
 * drawn into the page (one challenge per page, whichever of its forms is sent) and the browser's answer posted back.
 * Request-scoped: every step-up form of a page binds the same hidden field, and only one form is sent at a time.
 */
@Named
@RequestScoped
public class PasskeyStepUp {

    @EJB
    private PasskeyService passkeys;

    private Boolean offered;
    private String options;

    @Size(max = Passkeys.MAX_RESPONSE_LENGTH, message = "{ca.passkey.response}")
    private String assertion;

    /** Whether the caller has a passkey to confirm with. */
    public boolean isOffered() {
        if (offered == null) {
            offered = !passkeys.list().isEmpty();
        }
        return offered;
    }

    /** The assertion options, with a new challenge: read when the page is drawn. */
    public String getOptions() {
        if (options == null) {
            options = passkeys.stepUpOptions();
        }
        return options;
    }

    /**
     * The step-up's strong factor: the passkey's answer when the browser gave one, else what was typed (an
     * authenticator's code or a recovery code, {@link StepUpProof}), else null.
     */
    public FactorProof proof(String typed) {
        if (assertion != null && !assertion.isBlank()) {
            return new FactorProof(Passkeys.KIND, assertion);
        }
        return StepUpProof.of(typed);
    }

    public String getAssertion() {
        return assertion;
    }

    public void setAssertion(String assertion) {
        this.assertion = assertion;
    }
}
