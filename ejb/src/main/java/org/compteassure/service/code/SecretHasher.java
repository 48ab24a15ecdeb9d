package org.compteassure.service.code;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes secret codes and staff passwords: PBKDF2 with HMAC-SHA-256, 600 000 iterations and a 32-byte random
 * salt (OWASP's 2023 recommendation), in Jakarta Security's self-describing format so parameters can rise later.
 */
@ApplicationScoped
public class SecretHasher {

    public static final int ITERATIONS = 600_000;

    @Inject
    private Pbkdf2PasswordHash pbkdf2;

    /** Verified against when there is no account, so that "unknown" takes as long as "wrong code". */
    private String dummyHash;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        dummyHash = pbkdf2.generate("no account has this code".toCharArray());
    }

    public String hash(char[] secret) {
        return pbkdf2.generate(secret);
    }

    public String dummyHash() {
        return dummyHash;
    }

    /** Compares in constant time (the hash implementation does). */
    public boolean verify(char[] secret, String hash) {
        return pbkdf2.verify(secret, hash);
    }
}
