package org.compteassure.service.code;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.compteassure.persistence.code.AppCode;
import org.compteassure.persistence.code.AppToken;
import org.compteassure.service.NotFoundException;
import org.compteassure.service.code.ApiClients.ApiClient;
import org.compteassure.service.platform.Installation;
import org.compteassure.service.security.Caller;
import org.compteassure.service.security.Roles;

/**
 * The tokens of native applications (OAuth 2.0 for native apps, RFC 8252, with PKCE S256, RFC 7636). The login
 * hands a one-minute, single-use code to the application's registered redirect URI; the application exchanges it,
 * with the PKCE verifier and the same redirect URI, for a signed access token (HS256 JWT, 10 minutes) and a refresh
 * token (30 days, single use, stored hashed). Each refresh gives a new refresh token of the same family; a refresh
 * token used twice revokes the family, as does « Déconnecter » in « Applications connectées ». An access token is
 * honoured only while its family is alive, so a disconnection takes effect at the application's next call.
 */
@Stateless
@RolesAllowed(Roles.INSURED)
public class AppTokenService {

    public static final Duration CODE_LIFETIME = Duration.ofSeconds(60);
    public static final Duration ACCESS_LIFETIME = Duration.ofMinutes(10);
    public static final Duration REFRESH_LIFETIME = Duration.ofDays(30);
    /** The {@code aud} of every access token: this API, so that no other token signed elsewhere passes. */
    public static final String AUDIENCE = "compte-assure-api";
    private static final String INVALID_GRANT = "invalid_grant";

    @Inject
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Inject
    private Installation installation;

    @Inject
    private ApiClients clients;

    @EJB
    private AttemptLimiter limiter;

    /**
     * The logged-in caller lets this application in: a code for its redirect URI. The web layer already checked the
     * request (and answers the application's mistakes itself); this checks again what a code is bound to.
     */
    public String issueCode(String clientId, String redirectUri, String codeChallenge, Set<String> scopes) {
        ApiClient client = clients.find(clientId).orElseThrow(() -> new GrantRefusedException("invalid_client",
                "unknown application"));
        if (!client.redirectsTo(redirectUri) || codeChallenge == null || !codeChallenge.matches("[A-Za-z0-9_-]{43}")
                || scopes.isEmpty() || !client.scopes().containsAll(scopes)) {
            throw new GrantRefusedException("invalid_request", "not a request this application may make");
        }
        String code = Secrets.token();
        Instant now = clock.instant();
        em.persist(new AppCode(Secrets.sha256(code), caller.accountId(), clientId, redirectUri, codeChallenge,
                String.join(" ", new TreeSet<>(scopes)), now, now.plus(CODE_LIFETIME)));
        return code;
    }

    /**
     * The application exchanges its code: same client, exactly the redirect URI of the request, the PKCE verifier
     * of its challenge. A code is tried once: any failed exchange uses it up, and a second exchange of a code that
     * already gave tokens revokes them (the code leaked).
     *
     * @param device what the application says it runs on (its User-Agent), shown in « Applications connectées »
     */
    // Anonymous: the application is not logged in; the code (bound to the PKCE verifier) is the proof.
    @PermitAll
    public AppTokens exchange(String clientId, String code, String redirectUri, String verifier, String device) {
        Instant now = clock.instant();
        AppCode grant = code == null ? null : em.createNamedQuery("AppCode.findByHash", AppCode.class)
                .setParameter("hash", Secrets.sha256(code)).getResultStream().findFirst().orElse(null);
        if (grant == null) {
            throw new GrantRefusedException(INVALID_GRANT, "unknown code");
        }
        if (grant.isUsed()) {
            if (grant.getFamily() != null) {
                revokeFamily(grant.getFamily(), now);
            }
            throw new GrantRefusedException(INVALID_GRANT, "code already used");
        }
        grant.exchanged(now, null);
        if (grant.isExpired(now) || !grant.getClientId().equals(clientId)
                || !grant.getRedirectUri().equals(redirectUri) || !pkceMatches(grant.getCodeChallenge(), verifier)) {
            throw new GrantRefusedException(INVALID_GRANT, "code, client, redirect URI or verifier do not match");
        }
        String family = Secrets.token();
        grant.exchanged(now, family);
        String refresh = Secrets.token();
        em.persist(new AppToken(Secrets.sha256(refresh), family, grant.getAccountId(), clientId,
                SessionService.trim(device == null || device.isBlank() ? "Appareil inconnu" : device, 200),
                grant.getScopes(), now, now, now.plus(REFRESH_LIFETIME)));
        return tokens(grant.getAccountId(), clientId, grant.getScopes(), family, refresh, now);
    }

    /**
     * A refresh token for the next pair. Used once: a second use (a copy, stolen or replayed) revokes the whole
     * family, the legitimate application included, whose owner logs in again.
     */
    // Anonymous: the application is not logged in; the refresh token is the proof.
    @PermitAll
    public AppTokens refresh(String clientId, String refreshToken) {
        Instant now = clock.instant();
        AppToken token = refreshToken == null || refreshToken.length() > 100 ? null
                : em.createNamedQuery("AppToken.findByHash", AppToken.class)
                .setParameter("hash", Secrets.sha256(refreshToken)).getResultStream().findFirst().orElse(null);
        if (token == null || !token.getClientId().equals(clientId)) {
            throw new GrantRefusedException(INVALID_GRANT, "unknown refresh token");
        }
        if (token.isUsed()) {
            revokeFamily(token.getFamily(), now);
            throw new GrantRefusedException(INVALID_GRANT, "refresh token replayed: its family is revoked");
        }
        if (!token.isUsable(now)) {
            throw new GrantRefusedException(INVALID_GRANT, "refresh token revoked or expired");
        }
        token.used(now);
        String next = Secrets.token();
        em.persist(token.successor(Secrets.sha256(next), now, now.plus(REFRESH_LIFETIME)));
        return tokens(token.getAccountId(), clientId, token.getScopes(), token.getFamily(), next, now);
    }

    /**
     * Whom an access token speaks for, if it is one of ours (signature, algorithm, issuer, audience), not expired
     * by the application's clock, and its family still connected; empty otherwise.
     */
    // Anonymous: every API call asks, before the container knows the caller.
    @PermitAll
    public Optional<ApiCaller> caller(String accessToken) {
        if (accessToken == null || accessToken.length() > 4096) {
            return Optional.empty();
        }
        try {
            SignedJWT jwt = SignedJWT.parse(accessToken);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())
                    || !jwt.verify(new MACVerifier(installation.apiTokenKey()))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Instant now = clock.instant();
            if (claims.getExpirationTime() == null || !now.isBefore(claims.getExpirationTime().toInstant())
                    || !installation.baseUrl().equals(claims.getIssuer())
                    || claims.getAudience() == null || !claims.getAudience().contains(AUDIENCE)) {
                return Optional.empty();
            }
            String family = claims.getStringClaim("fam");
            String scope = claims.getStringClaim("scope");
            if (family == null || scope == null || !isFamilyActive(family, now)) {
                return Optional.empty();
            }
            return Optional.of(new ApiCaller(Long.parseLong(claims.getSubject()), claims.getStringClaim("client_id"),
                    Arrays.stream(scope.split(" ")).collect(Collectors.toUnmodifiableSet()), family));
        } catch (ParseException | JOSEException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Counts an API call in its budgets: {@code perHour} calls per token family, four times as many per address.
     *
     * @return whether the call may go on
     */
    // Anonymous: counted before the container knows the caller (the address's budget even without a token).
    @PermitAll
    public boolean admit(String family, String address) {
        int perHour = installation.apiCallsPerHour();
        Instant now = clock.instant();
        return limiter.admit("api-adresse:" + address, perHour * 4, now)
                && (family == null || limiter.admit("api-jeton:" + family, perHour, now));
    }

    /** The caller's connected applications, newest first, for « Applications connectées ». */
    public List<ConnectedApp> connectedApps() {
        return em.createNamedQuery("AppToken.findActive", AppToken.class)
                .setParameter("accountId", caller.accountId())
                .setParameter("now", clock.instant())
                .getResultStream()
                .map(t -> new ConnectedApp(t.getFamily(), clients.find(t.getClientId()).map(ApiClient::name)
                        .orElse(t.getClientId()), t.getDevice(), t.getConnectedAt(), t.getCreatedAt()))
                .toList();
    }

    /** « Déconnecter »: that application loses its tokens at once (its next call is refused). */
    public void disconnect(String id) {
        boolean mine = id != null && connectedApps().stream().anyMatch(app -> app.id().equals(id));
        if (!mine) {
            throw new NotFoundException("connected application");
        }
        revokeFamily(id, clock.instant());
    }

    private boolean isFamilyActive(String family, Instant now) {
        return em.createNamedQuery("AppToken.isFamilyActive", Long.class)
                .setParameter("family", family)
                .setParameter("now", now)
                .getSingleResult() > 0;
    }

    private void revokeFamily(String family, Instant now) {
        em.createNamedQuery("AppToken.revokeFamily")
                .setParameter("family", family)
                .setParameter("now", now)
                .executeUpdate();
    }

    private AppTokens tokens(long accountId, String clientId, String scopes, String family, String refresh, Instant now) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(installation.baseUrl())
                .audience(AUDIENCE)
                .subject(String.valueOf(accountId))
                .claim("client_id", clientId)
                .claim("scope", scopes)
                .claim("fam", family)
                .jwtID(Secrets.token())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ACCESS_LIFETIME)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256)
                .type(new JOSEObjectType("at+jwt")).build(), claims);
        try {
            jwt.sign(new MACSigner(installation.apiTokenKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("the API token key cannot sign", e);
        }
        return new AppTokens(jwt.serialize(), ACCESS_LIFETIME.toSeconds(), refresh, scopes);
    }

    /** RFC 7636 S256: the challenge is BASE64URL(SHA-256(verifier)); compared in constant time. */
    static boolean pkceMatches(String challenge, String verifier) {
        if (verifier == null || !verifier.matches("[A-Za-z0-9._~-]{43,128}")) {
            return false;
        }
        String computed = CodeChallenge.compute(CodeChallengeMethod.S256, new CodeVerifier(verifier)).getValue();
        return MessageDigest.isEqual(computed.getBytes(StandardCharsets.US_ASCII),
                challenge.getBytes(StandardCharsets.US_ASCII));
    }
}
