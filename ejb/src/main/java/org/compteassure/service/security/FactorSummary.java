package org.compteassure.service.security;

/**
 * A person's strong factors as /espace/securite shows them.
 *
 * @param totp              whether an authenticator application is enrolled
 * @param recoveryCodesLeft unused recovery codes
 */
public record FactorSummary(boolean totp, int recoveryCodesLeft) {
}
