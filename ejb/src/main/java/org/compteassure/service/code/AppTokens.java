package org.compteassure.service.code;

/** What the token endpoint gives an application: a signed access token, its lifetime, the next refresh token. */
public record AppTokens(String accessToken, long expiresInSeconds, String refreshToken, String scopes) {
}
