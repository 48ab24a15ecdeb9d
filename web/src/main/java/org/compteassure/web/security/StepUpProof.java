package org.compteassure.web.security;

import org.compteassure.service.code.FactorProof;
import org.compteassure.service.security.RecoveryCodes;
import org.compteassure.service.security.Totp;
import org.compteassure.service.security.TotpFactors;

/**
 * The strong-factor field of a step-up form (bank details, e-mail address, second factors): one field that takes the
 * authenticator's 6-digit code or a recovery code, told apart by their shape. A passkey's answer comes in its own
 * hidden field ({@link PasskeyStepUp}).
 */
public final class StepUpProof {

    private StepUpProof() {
    }

    /** The proof typed, or null when the field was not shown (the person has no strong factor). */
    public static FactorProof of(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return new FactorProof(Totp.isWellFormed(typed) ? TotpFactors.KIND : RecoveryCodes.KIND, typed.strip());
    }
}
