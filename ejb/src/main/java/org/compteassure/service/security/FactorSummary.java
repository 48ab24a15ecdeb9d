package org.compteassure.service.security;

/**
 * A person's strong factors as /espace/securite shows them.
 *
 * @param totp              whether an authenticator application is enrolled
 * @param passkeys          how many passkeys
 * @param recoveryCodesLeft unused recovery codes
 */
public record FactorSummary(boolean totp, int passkeys, int recoveryCodesLeft) {

    /** Whether the person has a strong factor (which recovery codes stand in for). */
    public boolean strong() {
        return totp || passkeys > 0;
    }
}
