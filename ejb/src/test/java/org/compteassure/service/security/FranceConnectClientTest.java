package org.compteassure.service.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FranceConnectClientTest {

    /** RFC 7636, appendix B: the verifier and the S256 challenge it gives. */
    @Test
    void theS256ChallengeIsRfc7636s() {
        assertEquals("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
                FranceConnectClient.codeChallenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
    }
}
