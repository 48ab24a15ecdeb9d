package org.compteassure.service.code;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random one-time secrets and their stored form (SHA-256), compared in constant time. */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** 256 random bits, URL-safe: for links and device tokens. */
    public static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A code of n random digits, leading zeros kept. */
    public static String digits(int n) {
        StringBuilder code = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            code.append(RANDOM.nextInt(10));
        }
        return code.toString();
    }

    /** n characters drawn from the alphabet: for codes a person types (recovery codes). */
    public static String characters(int n, String alphabet) {
        StringBuilder code = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            code.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return code.toString();
    }

    public static String sha256(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Whether the secret hashes to the stored value, in time independent of where they differ. */
    public static boolean matches(String secret, String storedHash) {
        return MessageDigest.isEqual(sha256(secret).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    /** Short codes are salted with their account so that equal codes of two accounts differ in storage. */
    public static String forAccount(long accountId, String code) {
        return accountId + ":" + code;
    }
}
