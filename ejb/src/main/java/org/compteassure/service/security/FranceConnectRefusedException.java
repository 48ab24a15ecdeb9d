package org.compteassure.service.security;

import org.compteassure.service.BusinessException;

/**
 * A FranceConnect answer that cannot be trusted or used: a token with a bad signature, another issuer or audience,
 * expired, a nonce or state that does not match, a code the provider refused (replayed), an unreachable provider.
 * The person is told the same thing in every case; the reason is for the log.
 */
public class FranceConnectRefusedException extends BusinessException {

    public FranceConnectRefusedException(String reason) {
        super(reason);
    }
}
