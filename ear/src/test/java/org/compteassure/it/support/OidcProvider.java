package org.compteassure.it.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An OpenID Connect provider standing in for FranceConnect, on 127.0.0.1:${fc.port}/fc (the CA_FC_* variables
 * failsafe gives the server point here): discovery, JWKS, authorization (answers at once with the identity the test
 * set), token (single-use codes, client secret and PKCE S256 verifier checked), signed userinfo, end-session. Real RSA signatures with
 * nimbus; on request it serves the faults a client must refuse.
 */
public final class OidcProvider implements AutoCloseable {

    public static final String CLIENT_ID = "compte-assure-test";
    public static final String CLIENT_SECRET = "secret-du-fournisseur-de-test";

    /** What is wrong with the next answer. */
    public enum Fault { NONE, BAD_SIGNATURE, WRONG_NONCE, WRONG_ISSUER, EXPIRED, UNSIGNED_USERINFO, REPLAYED_CODE }

    /** The pivot identity FranceConnect would send. */
    public record Identity(String sub, String familyName, String givenNames, LocalDate birthDate, String gender,
                           String birthplace, String birthCountry) {
    }

    private record Grant(Identity identity, String nonce, String codeChallenge, Fault fault) {
    }

    private final HttpServer server;
    private final String issuer;
    private final RSAKey key;
    /** Same key id, other key: what a forged token is signed with. */
    private final RSAKey forger;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, Grant> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, Boolean> usedCodes = new ConcurrentHashMap<>();
    private final List<Map<String, String>> authorizations = new CopyOnWriteArrayList<>();
    private final List<Map<String, String>> logouts = new CopyOnWriteArrayList<>();
    private final List<Map<String, String>> tokenRequests = new CopyOnWriteArrayList<>();
    private volatile Identity next;
    private volatile Fault fault = Fault.NONE;
    private volatile String lastCode;

    private OidcProvider(int port) throws IOException, JOSEException {
        issuer = "http://127.0.0.1:" + port + "/fc";
        key = new RSAKeyGenerator(2048).keyID("fc-test").generate();
        forger = new RSAKeyGenerator(2048).keyID("fc-test").generate();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/fc/.well-known/openid-configuration", exchange -> json(exchange, 200, "{\"issuer\":\""
                + issuer + "\",\"authorization_endpoint\":\"" + issuer + "/authorize\",\"token_endpoint\":\"" + issuer
                + "/token\",\"userinfo_endpoint\":\"" + issuer + "/userinfo\",\"jwks_uri\":\"" + issuer
                + "/jwks\",\"end_session_endpoint\":\"" + issuer + "/logout\"}"));
        server.createContext("/fc/jwks", exchange -> json(exchange, 200, new JWKSet(key.toPublicJWK()).toString()));
        server.createContext("/fc/authorize", this::authorize);
        server.createContext("/fc/token", this::token);
        server.createContext("/fc/userinfo", this::userinfo);
        server.createContext("/fc/logout", this::logout);
        server.start();
    }

    /**
     * The provider for the tests of one class: {@code @RegisterExtension static final OidcProvider.PerClass provider
     * = new OidcProvider.PerClass();} starts it before the first test and stops it after the last.
     */
    public static final class PerClass implements BeforeAllCallback, AfterAllCallback {

        private OidcProvider started;

        @Override
        public void beforeAll(ExtensionContext context) {
            started = start();
        }

        @Override
        public void afterAll(ExtensionContext context) {
            started.close();
        }

        public void next(Identity identity, Fault withFault) {
            started.next(identity, withFault);
        }

        public List<Map<String, String>> authorizations() {
            return started.authorizations();
        }

        public List<Map<String, String>> logouts() {
            return started.logouts();
        }

        public List<Map<String, String>> tokenRequests() {
            return started.tokenRequests();
        }
    }

    /** Starts on the port failsafe was given ({@code fc.port}). */
    public static OidcProvider start() {
        try {
            return new OidcProvider(Integer.parseInt(System.getProperty("fc.port", "2590")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The identity (and fault) of the next login. */
    public void next(Identity identity, Fault withFault) {
        this.next = identity;
        this.fault = withFault;
    }

    public List<Map<String, String>> authorizations() {
        return authorizations;
    }

    public List<Map<String, String>> logouts() {
        return logouts;
    }

    /** The token requests whose code was valid, as posted (code_verifier included). */
    public List<Map<String, String>> tokenRequests() {
        return tokenRequests;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = parse(exchange.getRequestURI().getRawQuery());
        authorizations.add(query);
        String code = fault == Fault.REPLAYED_CODE && lastCode != null ? lastCode : UUID.randomUUID().toString();
        if (!codes.containsKey(code)) {
            codes.put(code, new Grant(next, query.get("nonce"),
                    "S256".equals(query.get("code_challenge_method")) ? query.get("code_challenge") : null, fault));
        }
        lastCode = code;
        redirect(exchange, query.get("redirect_uri") + "?code=" + code + "&state=" + encode(query.get("state")));
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Grant grant = codes.get(form.getOrDefault("code", ""));
        if (!CLIENT_ID.equals(form.get("client_id")) || !CLIENT_SECRET.equals(form.get("client_secret"))) {
            json(exchange, 401, "{\"error\":\"invalid_client\"}");
            return;
        }
        if (grant == null || usedCodes.putIfAbsent(form.get("code"), true) != null) {
            json(exchange, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        tokenRequests.add(form);
        // PKCE (RFC 7636): no S256 challenge, or a verifier that does not hash to it, and the code is worth nothing.
        if (grant.codeChallenge() == null || !grant.codeChallenge().equals(s256(form.getOrDefault("code_verifier", "")))) {
            json(exchange, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"PKCE\"}");
            return;
        }
        Instant now = Instant.now();
        boolean expired = grant.fault() == Fault.EXPIRED;
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(grant.fault() == Fault.WRONG_ISSUER ? "http://127.0.0.1:1/autre" : issuer)
                .audience(CLIENT_ID)
                .subject(grant.identity().sub())
                .issueTime(Date.from(expired ? now.minus(Duration.ofMinutes(20)) : now))
                .expirationTime(Date.from(expired ? now.minus(Duration.ofMinutes(10)) : now.plus(Duration.ofMinutes(1))))
                .claim("nonce", grant.fault() == Fault.WRONG_NONCE ? UUID.randomUUID().toString() : grant.nonce())
                .claim("acr", "eidas1")
                .build();
        String accessToken = UUID.randomUUID().toString();
        accessTokens.put(accessToken, grant);
        json(exchange, 200, "{\"access_token\":\"" + accessToken + "\",\"token_type\":\"Bearer\",\"expires_in\":60,"
                + "\"id_token\":\"" + sign(claims, grant.fault() == Fault.BAD_SIGNATURE ? forger : key) + "\"}");
    }

    private void userinfo(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Grant grant = authorization == null ? null : accessTokens.get(authorization.replaceFirst("^Bearer ", ""));
        if (grant == null) {
            json(exchange, 401, "{\"error\":\"invalid_token\"}");
            return;
        }
        Identity who = grant.identity();
        Map<String, Object> pivot = new LinkedHashMap<>();
        pivot.put("sub", who.sub());
        pivot.put("given_name", who.givenNames());
        pivot.put("family_name", who.familyName());
        pivot.put("birthdate", who.birthDate().toString());
        pivot.put("gender", who.gender());
        pivot.put("birthplace", who.birthplace());
        pivot.put("birthcountry", who.birthCountry());
        pivot.put("email", "fc-" + who.sub() + "@exemple.fr");
        if (grant.fault() == Fault.UNSIGNED_USERINFO) {
            json(exchange, 200, JSONObjectUtils.toJSONString(pivot));
            return;
        }
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer).audience(CLIENT_ID);
        pivot.forEach(claims::claim);
        send(exchange, 200, "application/jwt", sign(claims.build(), key));
    }

    private void logout(HttpExchange exchange) throws IOException {
        Map<String, String> query = parse(exchange.getRequestURI().getRawQuery());
        logouts.add(query);
        String back = query.get("post_logout_redirect_uri");
        redirect(exchange, back + (back.contains("?") ? "&" : "?") + "state=" + encode(query.get("state")));
    }

    private static String s256(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(JWTClaimsSet claims, RSAKey with) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(with));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> parse(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return Map.of();
        }
        return Arrays.stream(encoded.split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                        pair -> pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : "",
                        (a, b) -> b, LinkedHashMap::new));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", URI.create(location).toString());
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static void json(HttpExchange exchange, int status, String body) throws IOException {
        send(exchange, status, "application/json", body);
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
