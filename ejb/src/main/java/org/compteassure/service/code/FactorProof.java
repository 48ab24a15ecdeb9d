package org.compteassure.service.code;

/**
 * What a person typed to prove a strong factor before a sensitive change: the factor's kind (see
 * {@link StrongFactor#kind()}) and its proof (a TOTP code, a recovery code, a passkey assertion). Null when the
 * person has no strong factor.
 */
public record FactorProof(String kind, String proof) {
}
