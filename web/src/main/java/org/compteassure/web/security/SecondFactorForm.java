package org.compteassure.web.security;

import jakarta.validation.constraints.Pattern;
import org.compteassure.service.security.RecoveryCodes;
import org.compteassure.service.security.TotpFactors;
import org.compteassure.web.platform.Http;

/**
 * The second login step with a strong factor, for insured people and staff alike: the authenticator's 6-digit code
 * (form {@code totp}) or, after "Utiliser un code de secours", a recovery code (form {@code recovery}). What is
 * typed is checked for its shape here, so that letters or 10 000 characters get a message and reach no service.
 * Another strong factor (passkeys) adds its own form and calls {@link #verify} with its kind.
 */
public abstract class SecondFactorForm {

    @Pattern(regexp = "\\s*\\d{3} ?\\d{3}\\s*", message = "{ca.totpCode.format}")
    private String totpCode;

    @Pattern(regexp = "[\\s0-9A-Za-z-]{1,64}", message = "{ca.recoveryCode.format}")
    private String recoveryCode;

    /** Checks the proof of that kind; answers the next page, or null to show the form again with its message. */
    protected abstract String verify(String kind, String form, String proof);

    public String verifyTotp() {
        return verify(TotpFactors.KIND, "totp", totpCode.strip());
    }

    public String verifyRecovery() {
        return verify(RecoveryCodes.KIND, "recovery", recoveryCode.strip());
    }

    /** Whether the recovery-code form is shown: asked by the link (?secours), or being submitted. */
    public boolean isRecovery() {
        return Http.request().getParameter("secours") != null || Http.request().getParameter("recovery") != null;
    }

    public String getTotpCode() {
        return totpCode;
    }

    public void setTotpCode(String totpCode) {
        this.totpCode = totpCode;
    }

    public String getRecoveryCode() {
        return recoveryCode;
    }

    public void setRecoveryCode(String recoveryCode) {
        this.recoveryCode = recoveryCode;
    }
}
