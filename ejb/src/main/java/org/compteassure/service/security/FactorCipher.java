package org.compteassure.service.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.compteassure.persistence.security.FactorOwner;
import org.compteassure.service.platform.Installation;

/**
 * Encrypts second-factor seeds at rest: AES-256-GCM (JDK) under the installation's factor key (CA_FACTOR_KEY), a
 * random 96-bit nonce per encryption, the owner as associated data so that a ciphertext copied to another row does
 * not decrypt. Stored as {@code v1:} + base64(nonce ‖ ciphertext ‖ tag), so the scheme can change later.
 */
@ApplicationScoped
public class FactorCipher {

    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private Installation installation;

    public String encrypt(String secret, FactorOwner owner) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, owner);
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] stored = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
            System.arraycopy(sealed, 0, stored, NONCE_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** @throws IllegalStateException if the value was not encrypted for this owner under this key */
    public String decrypt(String stored, FactorOwner owner) {
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalStateException("unknown factor encryption");
        }
        byte[] bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(bytes, NONCE_BYTES), owner);
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a factor seed does not decrypt (wrong CA_FACTOR_KEY?)", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, FactorOwner owner) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(installation.factorKey(), "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(owner.label().getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
