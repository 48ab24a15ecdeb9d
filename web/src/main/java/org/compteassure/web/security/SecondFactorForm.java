package org.compteassure.web.security;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.compteassure.service.security.Passkeys;
import org.compteassure.service.security.RecoveryCodes;
import org.compteassure.service.security.TotpFactors;
import org.compteassure.web.platform.Http;

/**
 * The second login step with a strong factor, for insured people and staff alike: a passkey (form {@code passkey},
 * the browser's answer in a hidden field filled by passkey.js), the authenticator's 6-digit code (form {@code totp})
 * or, after "Utiliser un code de secours", a recovery code (form {@code recovery}). What is typed is checked for its
 * shape here, so that letters or 10 000 characters get a message and reach no service.
 */
public abstract class SecondFactorForm {

    @Pattern(regexp = "\\s*\\d{3} ?\\d{3}\\s*", message = "{ca.totpCode.format}")
    private String totpCode;

    @Pattern(regexp = "[\\s0-9A-Za-z-]{1,64}", message = "{ca.recoveryCode.format}")
    private String recoveryCode;

    @Size(max = Passkeys.MAX_RESPONSE_LENGTH, message = "{ca.passkey.response}")
    private String passkeyAssertion;

    /** Checks the proof of that kind; answers the next page, or null to show the form again with its message. */
    protected abstract String verify(String kind, String form, String proof);

    /** Whether this person may answer with an authenticator application (the TOTP form). */
    public abstract boolean isTotpOffered();

    /** Whether this person has a passkey (the passkey form, first). */
    public abstract boolean isPasskeyOffered();

    /** The options (JSON) of the passkey's assertion, with a new challenge: read once, when the page is drawn. */
    public abstract String getPasskeyOptions();

    public String verifyPasskey() {
        return verify(Passkeys.KIND, "passkey", passkeyAssertion);
    }

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

    public String getPasskeyAssertion() {
        return passkeyAssertion;
    }

    public void setPasskeyAssertion(String passkeyAssertion) {
        this.passkeyAssertion = passkeyAssertion;
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
