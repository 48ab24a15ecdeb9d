package org.compteassure.web.security;

import java.io.Serializable;

/**
 * Between the redirect to FranceConnect and its return, in the HTTP session: the state, nonce and PKCE verifier (each
 * 256 random bits), and whether the person is logging in or linking their account. Used once.
 */
record FranceConnectRequest(String state, String nonce, String codeVerifier, boolean linking) implements Serializable {

    static final String ATTRIBUTE = "compteassure.franceConnectRequest";
}
