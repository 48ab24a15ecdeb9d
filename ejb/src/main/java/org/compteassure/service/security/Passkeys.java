package org.compteassure.service.security;

import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.converter.AttestedCredentialDataConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.data.AuthenticationData;
import com.webauthn4j.data.AuthenticationParameters;
import com.webauthn4j.data.AuthenticatorTransport;
import com.webauthn4j.data.PublicKeyCredentialParameters;
import com.webauthn4j.data.PublicKeyCredentialType;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.data.RegistrationParameters;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.data.extension.authenticator.AuthenticationExtensionsAuthenticatorOutputs;
import com.webauthn4j.data.extension.client.AuthenticationExtensionsClientOutputs;
import com.webauthn4j.server.ServerProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.compteassure.persistence.security.FactorOwner;
import org.compteassure.persistence.security.Passkey;
import org.compteassure.persistence.security.PasskeyChallenge;
import org.compteassure.persistence.security.PasskeyChallenge.Purpose;
import org.compteassure.service.code.Secrets;
import org.compteassure.service.code.StrongFactor;
import org.compteassure.service.platform.Installation;

/**
 * Passkeys (WebAuthn, checked by webauthn4j) of insured people and staff alike: the options a browser needs
 * (relying party, a challenge), registration (an attestation), and assertions (the login's second step, a step-up,
 * signing in with a discoverable passkey alone). The relying party is the host of CA_BASE_URL, its origin the only one
 * accepted. User verification is always required, so that a passkey alone is as strong as code plus factor. Each
 * challenge is a row ({@link PasskeyChallenge}): used once, right or wrong, within {@link #CHALLENGE_VALIDITY}.
 * Whatever a browser sent (malformed JSON or base64, a foreign origin, a replay, a counter going backwards) is a
 * refusal, never an exception. Runs inside the calling service's transaction.
 */
@ApplicationScoped
public class Passkeys implements StrongFactor {

    public static final String KIND = "passkey";
    public static final Duration CHALLENGE_VALIDITY = Duration.ofMinutes(5);
    /** What a browser's answer may weigh; a real one is about 1 to 2 KB. */
    public static final int MAX_RESPONSE_LENGTH = 16_000;
    private static final String RP_NAME = "Compte Assuré";

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder UNB64 = Base64.getUrlDecoder();

    @Inject
    private EntityManager em;

    @Inject
    private Installation installation;

    private final ObjectConverter converter = new ObjectConverter();
    private final WebAuthnManager webAuthn = WebAuthnManager.createNonStrictWebAuthnManager(converter);
    private final AttestedCredentialDataConverter attested = new AttestedCredentialDataConverter(converter);

    /** A challenge and the options that carry it (PublicKeyCredential*OptionsJSON), for the browser. */
    public record Ceremony(String challenge, String options) {
    }

    /** The owner's passkeys, oldest first. */
    public List<Passkey> list(FactorOwner owner) {
        return em.createNamedQuery(owner.query("Passkey.findBy"), Passkey.class).setParameter("id", owner.id())
                .getResultList();
    }

    /** One of the owner's passkeys; empty for another's or an unknown id. */
    public Optional<Passkey> find(FactorOwner owner, long id) {
        return Optional.ofNullable(em.find(Passkey.class, id)).filter(p -> p.getOwner().equals(owner));
    }

    /**
     * Options to create a passkey for the owner: a discoverable credential, user verification required, the owner's
     * passkeys excluded (an authenticator holds one of theirs at most).
     */
    public Ceremony registrationOptions(FactorOwner owner, String userName, String displayName, Instant now) {
        List<Passkey> existing = list(owner);
        String userHandle = existing.isEmpty() ? Secrets.token() : existing.get(0).getUserHandle();
        String challenge = newChallenge(owner, Purpose.REGISTER, userHandle, now);
        JsonArrayBuilder algorithms = Json.createArrayBuilder();
        for (COSEAlgorithmIdentifier alg : List.of(COSEAlgorithmIdentifier.ES256, COSEAlgorithmIdentifier.RS256)) {
            algorithms.add(Json.createObjectBuilder().add("type", "public-key").add("alg", alg.getValue()));
        }
        String options = Json.createObjectBuilder()
                .add("rp", Json.createObjectBuilder().add("id", rpId()).add("name", RP_NAME))
                .add("user", Json.createObjectBuilder().add("id", userHandle).add("name", userName)
                        .add("displayName", displayName))
                .add("challenge", challenge)
                .add("pubKeyCredParams", algorithms)
                .add("timeout", CHALLENGE_VALIDITY.toMillis())
                .add("excludeCredentials", descriptors(existing))
                .add("authenticatorSelection", Json.createObjectBuilder().add("residentKey", "required")
                        .add("requireResidentKey", true).add("userVerification", "required"))
                .add("attestation", "none")
                .build().toString();
        return new Ceremony(challenge, options);
    }

    /**
     * Checks a browser's answer to {@link #registrationOptions} and keeps the new passkey under that name.
     *
     * @return the passkey, or empty if the answer is not a valid registration for a live challenge of this owner
     */
    public Optional<Passkey> register(FactorOwner owner, String response, String name, Instant now) {
        if (!isPlausible(response)) {
            return Optional.empty();
        }
        try {
            RegistrationData data = webAuthn.parseRegistrationResponseJSON(response);
            Optional<PasskeyChallenge> challenge = take(data.getCollectedClientData().getChallenge().getValue(),
                    Purpose.REGISTER, owner, now);
            if (challenge.isEmpty()) {
                return Optional.empty();
            }
            List<PublicKeyCredentialParameters> algorithms = List.of(
                    new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.ES256),
                    new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.RS256));
            webAuthn.verify(data, new RegistrationParameters(server(challenge.get().getChallenge()), algorithms, true,
                    true));
            AttestedCredentialData credential = data.getAttestationObject().getAuthenticatorData()
                    .getAttestedCredentialData();
            String credentialId = B64.encodeToString(credential.getCredentialId());
            if (byCredentialId(credentialId).isPresent()) {
                return Optional.empty();
            }
            Set<AuthenticatorTransport> transports = data.getTransports() == null ? Set.of() : data.getTransports();
            Passkey passkey = new Passkey(owner, credentialId, B64.encodeToString(coseKey(credential)),
                    challenge.get().getUserHandle(), data.getAttestationObject().getAuthenticatorData().getSignCount(),
                    transports.stream().map(AuthenticatorTransport::getValue).sorted().collect(Collectors.joining(",")),
                    name, now);
            em.persist(passkey);
            return Optional.of(passkey);
        } catch (RuntimeException refused) {
            // webauthn4j's and Jackson's refusals of untrusted input (DataConversionException, VerificationException,
            // JacksonException, IllegalArgumentException from base64): all mean "not a valid passkey answer".
            return Optional.empty();
        }
    }

    /** Options to prove one of the owner's passkeys (second step, step-up); null if the owner has none. */
    public Ceremony assertionOptions(FactorOwner owner, Instant now) {
        List<Passkey> passkeys = list(owner);
        if (passkeys.isEmpty()) {
            return null;
        }
        return requestOptions(newChallenge(owner, Purpose.ASSERT, null, now), descriptors(passkeys));
    }

    /** Options to sign in with a discoverable passkey alone: no credential listed, nobody known yet. */
    public Ceremony signInOptions(Instant now) {
        return requestOptions(newChallenge(null, Purpose.SIGN_IN, null, now), Json.createArrayBuilder());
    }

    /** Checks an assertion of one of the owner's passkeys for a live challenge of theirs; the challenge is used up. */
    public boolean verify(FactorOwner owner, String response, Instant now) {
        return assertion(response, Purpose.ASSERT, owner, null, now).isPresent();
    }

    /**
     * Checks an assertion of a discoverable passkey for the sign-in challenge this browser's session holds.
     *
     * @return the passkey's owner, or empty
     */
    public Optional<FactorOwner> signIn(String sessionChallenge, String response, Instant now) {
        return assertion(response, Purpose.SIGN_IN, null, sessionChallenge, now).map(Passkey::getOwner);
    }

    public void remove(Passkey passkey) {
        em.remove(passkey);
    }

    /** Every passkey of the owner, who lost them (an adviser's or administrator's reset). */
    public void removeAll(FactorOwner owner) {
        list(owner).forEach(em::remove);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public boolean isEnrolled(long accountId) {
        return !list(FactorOwner.account(accountId)).isEmpty();
    }

    @Override
    public boolean verify(long accountId, String proof, Instant now) {
        return verify(FactorOwner.account(accountId), proof, now);
    }

    /**
     * @param owner            whose passkey it must be, or null when signing in (the passkey tells)
     * @param sessionChallenge when signing in: the challenge this session was given, which the answer must carry
     */
    private Optional<Passkey> assertion(String response, Purpose purpose, FactorOwner owner, String sessionChallenge,
                                        Instant now) {
        if (!isPlausible(response)) {
            return Optional.empty();
        }
        try {
            AuthenticationData data = webAuthn.parseAuthenticationResponseJSON(response);
            byte[] answered = data.getCollectedClientData().getChallenge().getValue();
            if (sessionChallenge != null && !Arrays.equals(answered, UNB64.decode(sessionChallenge))) {
                return Optional.empty();
            }
            Optional<PasskeyChallenge> challenge = take(answered, purpose, owner, now);
            Optional<Passkey> passkey = byCredentialId(B64.encodeToString(data.getCredentialId()))
                    .filter(p -> owner == null || p.getOwner().equals(owner));
            if (challenge.isEmpty() || passkey.isEmpty()) {
                return Optional.empty();
            }
            if (owner == null && (data.getUserHandle() == null
                    || !Arrays.equals(data.getUserHandle(), UNB64.decode(passkey.get().getUserHandle())))) {
                return Optional.empty();
            }
            webAuthn.verify(data, new AuthenticationParameters(server(challenge.get().getChallenge()),
                    record(passkey.get()), List.of(data.getCredentialId()), true, true));
            passkey.get().used(data.getAuthenticatorData().getSignCount(), now);
            return passkey;
        } catch (RuntimeException refused) {
            // As in register: every refusal of what the browser sent (a signature, an origin, a counter going
            // backwards, broken JSON) is a wrong proof.
            return Optional.empty();
        }
    }

    private Ceremony requestOptions(String challenge, JsonArrayBuilder allowed) {
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("challenge", challenge)
                .add("rpId", rpId())
                .add("timeout", CHALLENGE_VALIDITY.toMillis())
                .add("userVerification", "required")
                .add("allowCredentials", allowed);
        return new Ceremony(challenge, options.build().toString());
    }

    private static JsonArrayBuilder descriptors(List<Passkey> passkeys) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Passkey passkey : passkeys) {
            JsonArrayBuilder transports = Json.createArrayBuilder();
            if (passkey.getTransports() != null && !passkey.getTransports().isBlank()) {
                Arrays.stream(passkey.getTransports().split(",")).forEach(transports::add);
            }
            list.add(Json.createObjectBuilder().add("type", "public-key").add("id", passkey.getCredentialId())
                    .add("transports", transports));
        }
        return list;
    }

    private String newChallenge(FactorOwner owner, Purpose purpose, String userHandle, Instant now) {
        em.createNamedQuery("PasskeyChallenge.deleteExpired").setParameter("now", now).executeUpdate();
        String challenge = Secrets.token();
        em.persist(new PasskeyChallenge(owner, challenge, purpose, userHandle, now.plus(CHALLENGE_VALIDITY)));
        return challenge;
    }

    /**
     * The live challenge of that purpose and owner that the answer carries, deleted so that it serves once; the
     * delete counts its rows, so that of two nodes answering the same challenge at once only one goes on.
     */
    private Optional<PasskeyChallenge> take(byte[] answered, Purpose purpose, FactorOwner owner, Instant now) {
        Optional<PasskeyChallenge> found = em.createNamedQuery("PasskeyChallenge.findByChallenge", PasskeyChallenge.class)
                .setParameter("challenge", B64.encodeToString(answered)).getResultStream().findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        em.detach(found.get());
        boolean mine = em.createNamedQuery("PasskeyChallenge.deleteById").setParameter("id", found.get().getId())
                .executeUpdate() == 1;
        return found.filter(c -> mine && c.isFor(purpose, owner, now));
    }

    private Optional<Passkey> byCredentialId(String credentialId) {
        return em.createNamedQuery("Passkey.findByCredentialId", Passkey.class)
                .setParameter("credentialId", credentialId).getResultStream().findFirst();
    }

    private ServerProperty server(String challenge) {
        return ServerProperty.builder().origin(new Origin(origin())).rpId(rpId())
                .challenge(new DefaultChallenge(UNB64.decode(challenge))).build();
    }

    /** The stored passkey as webauthn4j checks it: its key, its counter, user verification done at registration. */
    private CredentialRecordImpl record(Passkey passkey) {
        byte[] credentialId = UNB64.decode(passkey.getCredentialId());
        byte[] cose = UNB64.decode(passkey.getPublicKeyCose());
        // The attested-credential-data layout (AAGUID, id length, id, COSE key) that the converter reads back.
        ByteBuffer bytes = ByteBuffer.allocate(16 + 2 + credentialId.length + cose.length);
        bytes.put(AAGUID.ZERO.getBytes()).putShort((short) credentialId.length).put(credentialId).put(cose);
        AttestedCredentialData data = attested.convert(bytes.array());
        Set<AuthenticatorTransport> transports = passkey.getTransports() == null || passkey.getTransports().isBlank()
                ? Set.of() : Arrays.stream(passkey.getTransports().split(",")).map(AuthenticatorTransport::create)
                .collect(Collectors.toSet());
        return new CredentialRecordImpl(new NoneAttestationStatement(), true, null, null, passkey.getSignCount(), data,
                new AuthenticationExtensionsAuthenticatorOutputs<>(), null, new AuthenticationExtensionsClientOutputs<>(),
                transports);
    }

    /** The credential's COSE public key alone: its attested data without the AAGUID, the length and the id. */
    private byte[] coseKey(AttestedCredentialData credential) {
        byte[] all = attested.convert(credential);
        return Arrays.copyOfRange(all, 16 + 2 + credential.getCredentialId().length, all.length);
    }

    private static boolean isPlausible(String response) {
        return response != null && !response.isBlank() && response.length() <= MAX_RESPONSE_LENGTH;
    }

    /** The relying party: the host of CA_BASE_URL (a browser refuses an IP address, hence "localhost" in tests). */
    private String rpId() {
        return URI.create(installation.baseUrl()).getHost();
    }

    /** The only origin accepted: scheme, host and port of CA_BASE_URL. */
    private String origin() {
        URI base = URI.create(installation.baseUrl());
        return base.getScheme() + "://" + base.getHost() + (base.getPort() == -1 ? "" : ":" + base.getPort());
    }
}
