package org.compteassure.service.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.AsymmetricJWK;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The OpenID Connect authorization-code flow with FranceConnect, as its partners must run it: {@code acr_values=eidas1},
 * the pivot-identity scopes, state and nonce, and PKCE (RFC 7636, S256: the code is useless to whoever intercepts it
 * without the verifier this session holds); the ID token's signature checked against the provider's JWKS, with
 * its issuer, audience, expiry, issue time and nonce; the userinfo answered as a signed JWT and checked the same
 * way. Configured by CA_FC_ISSUER, CA_FC_CLIENT_ID, CA_FC_CLIENT_SECRET and CA_FC_REDIRECT_URL (system properties
 * {@code compteassure.fc.*} in configure.cli); without all four, FranceConnect is off.
 */
@Named("franceConnectClient")
@ApplicationScoped
public class FranceConnectClient {

    public static final String SCOPES = "openid given_name family_name birthdate gender birthplace birthcountry email";
    public static final String ACR = "eidas1";
    /** eIDAS levels at or above "substantial-low" that FranceConnect may answer. */
    private static final Set<String> ACCEPTED_ACR = Set.of("eidas1", "eidas2", "eidas3");
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256);
    private static final Duration SKEW = Duration.ofMinutes(1);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Logger LOG = Logger.getLogger(FranceConnectClient.class.getName());

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Inject
    private Clock clock;

    /** Whether the four settings are there: otherwise no FranceConnect button. */
    public boolean isEnabled() {
        return List.of("issuer", "client-id", "client-secret", "redirect-url").stream()
                .map(FranceConnectClient::setting).noneMatch(String::isBlank);
    }

    /**
     * Where to send the browser to log in at FranceConnect.
     *
     * @param codeVerifier the PKCE verifier (43 to 128 URL-safe characters) this session keeps for {@link #complete}
     */
    public URI authorizationUri(String state, String nonce, String codeVerifier) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", setting("client-id"));
        query.put("redirect_uri", setting("redirect-url"));
        query.put("scope", SCOPES);
        query.put("state", state);
        query.put("nonce", nonce);
        query.put("acr_values", ACR);
        query.put("code_challenge", codeChallenge(codeVerifier));
        query.put("code_challenge_method", "S256");
        return URI.create(endpoint(metadata(), "authorization_endpoint") + "?" + form(query));
    }

    /** Where to send the browser to end the FranceConnect session too, coming back to {@code afterLogout}. */
    public URI logoutUri(String idToken, String state, String afterLogout) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("id_token_hint", idToken);
        query.put("state", state);
        query.put("post_logout_redirect_uri", afterLogout);
        return URI.create(endpoint(metadata(), "end_session_endpoint") + "?" + form(query));
    }

    /** The provider's origin (scheme, host, port) when FranceConnect is configured, for the pages' CSP. */
    public static Optional<String> providerOrigin() {
        String issuer = setting("issuer");
        if (issuer.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(issuer);
            return uri.getScheme() == null || uri.getRawAuthority() == null ? Optional.empty()
                    : Optional.of(uri.getScheme() + "://" + uri.getRawAuthority());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The application's address as FranceConnect knows it (the origin of the redirect URL). */
    public String applicationOrigin() {
        URI redirect = URI.create(setting("redirect-url"));
        return redirect.getScheme() + "://" + redirect.getRawAuthority();
    }

    /**
     * Exchanges the code FranceConnect sent back for verified tokens and the person's identity.
     *
     * @param nonce        the nonce this browser's session sent with the authorization request
     * @param codeVerifier the PKCE verifier whose challenge that request sent
     * @throws FranceConnectRefusedException whatever cannot be trusted; the reason is logged, never a token
     */
    public FranceConnectIdentity complete(String code, String nonce, String codeVerifier) {
        Map<String, Object> metadata = metadata();
        Map<String, String> exchange = new LinkedHashMap<>();
        exchange.put("grant_type", "authorization_code");
        exchange.put("code", code);
        exchange.put("redirect_uri", setting("redirect-url"));
        exchange.put("client_id", setting("client-id"));
        exchange.put("client_secret", setting("client-secret"));
        exchange.put("code_verifier", codeVerifier);
        HttpResponse<String> tokenResponse = send(HttpRequest.newBuilder(URI.create(endpoint(metadata, "token_endpoint")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(exchange))).build());
        if (tokenResponse.statusCode() != 200) {
            throw refused("token endpoint answered " + tokenResponse.statusCode());
        }
        Map<String, Object> tokens = json(tokenResponse.body());
        String idToken = string(tokens, "id_token");
        String accessToken = string(tokens, "access_token");
        JWKSet keys = keys(metadata);
        Instant now = clock.instant();
        JWTClaimsSet id = verified(idToken, keys, "ID token");
        checkIssuerAndAudience(id, "ID token");
        if (id.getExpirationTime() == null || !now.isBefore(id.getExpirationTime().toInstant().plus(SKEW))) {
            throw refused("ID token expired");
        }
        if (id.getIssueTime() == null || id.getIssueTime().toInstant().isAfter(now.plus(SKEW))) {
            throw refused("ID token issued in the future");
        }
        if (!constantTimeEquals(claim(id, "nonce"), nonce)) {
            throw refused("ID token nonce differs");
        }
        if (!ACCEPTED_ACR.contains(claim(id, "acr"))) {
            throw refused("ID token acr below eidas1");
        }
        HttpResponse<String> userinfoResponse = send(HttpRequest.newBuilder(
                        URI.create(endpoint(metadata, "userinfo_endpoint")))
                .header("Authorization", "Bearer " + accessToken).GET().build());
        String type = userinfoResponse.headers().firstValue("Content-Type").orElse("");
        if (userinfoResponse.statusCode() != 200 || !type.startsWith("application/jwt")) {
            throw refused("userinfo not a signed JWT (" + userinfoResponse.statusCode() + ")");
        }
        JWTClaimsSet info = verified(userinfoResponse.body().strip(), keys, "userinfo");
        checkIssuerAndAudience(info, "userinfo");
        if (id.getSubject() == null || !id.getSubject().equals(info.getSubject())) {
            throw refused("userinfo subject differs from the ID token's");
        }
        try {
            return new FranceConnectIdentity(id.getSubject(), claim(info, "family_name"), claim(info, "given_name"),
                    LocalDate.parse(claim(info, "birthdate")), claim(info, "gender"), claim(info, "birthplace"),
                    claim(info, "birthcountry"), claim(info, "email"), idToken);
        } catch (DateTimeParseException e) {
            throw refused("userinfo birthdate unreadable");
        }
    }

    /** RFC 7636's S256: BASE64URL(SHA-256(ASCII(verifier))), unpadded. */
    static String codeChallenge(String codeVerifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(codeVerifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private JWTClaimsSet verified(String jwt, JWKSet keys, String what) {
        try {
            SignedJWT signed = SignedJWT.parse(jwt);
            JWSHeader header = signed.getHeader();
            if (!ALGORITHMS.contains(header.getAlgorithm())) {
                throw refused(what + " signed with " + header.getAlgorithm());
            }
            JWK key = header.getKeyID() != null ? keys.getKeyByKeyId(header.getKeyID())
                    : keys.getKeys().size() == 1 ? keys.getKeys().get(0) : null;
            if (!(key instanceof AsymmetricJWK asymmetric)) {
                throw refused(what + " signed with an unknown key");
            }
            if (!signed.verify(new DefaultJWSVerifierFactory().createJWSVerifier(header, asymmetric.toPublicKey()))) {
                throw refused(what + " signature invalid");
            }
            return signed.getJWTClaimsSet();
        } catch (ParseException | JOSEException e) {
            throw refused(what + " unreadable or unverifiable: " + e.getClass().getSimpleName());
        }
    }

    private void checkIssuerAndAudience(JWTClaimsSet claims, String what) {
        if (!setting("issuer").equals(claims.getIssuer())) {
            throw refused(what + " from another issuer");
        }
        if (claims.getAudience() == null || !claims.getAudience().contains(setting("client-id"))) {
            throw refused(what + " for another audience");
        }
    }

    private Map<String, Object> metadata() {
        String issuer = setting("issuer");
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                URI.create(issuer + "/.well-known/openid-configuration")).GET().build());
        if (response.statusCode() != 200) {
            throw refused("discovery answered " + response.statusCode());
        }
        Map<String, Object> metadata = json(response.body());
        if (!issuer.equals(metadata.get("issuer"))) {
            throw refused("discovery names another issuer");
        }
        return metadata;
    }

    /** Fetched for each login: a key FranceConnect rotates is picked up at once. */
    private JWKSet keys(Map<String, Object> metadata) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(endpoint(metadata, "jwks_uri"))).GET().build());
        try {
            return JWKSet.parse(response.body());
        } catch (ParseException e) {
            throw refused("JWKS unreadable");
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(HttpRequest.newBuilder(request, (name, value) -> true).timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw refused("provider unreachable: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw refused("interrupted");
        }
    }

    private static Map<String, Object> json(String body) {
        try {
            return JSONObjectUtils.parse(body);
        } catch (ParseException e) {
            throw refused("answer is not JSON");
        }
    }

    private static String endpoint(Map<String, Object> metadata, String name) {
        return string(metadata, name);
    }

    private static String string(Map<String, Object> map, String name) {
        if (!(map.get(name) instanceof String value) || value.isBlank()) {
            throw refused(name + " missing");
        }
        return value;
    }

    private static String claim(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value == null ? "" : value.toString();
    }

    private static boolean constantTimeEquals(String a, String b) {
        return b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static FranceConnectRefusedException refused(String reason) {
        LOG.info(() -> "FranceConnect login refused: " + reason);
        return new FranceConnectRefusedException(reason);
    }

    private static String setting(String name) {
        return System.getProperty("compteassure.fc." + name, "").strip();
    }
}
