package org.compteassure.service.security;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * RFC 6238 as authenticator applications read it (SHA-1, 6 digits, 30 seconds), codes computed by the
 * {@code dev.samstevens.totp} library. A code is accepted for its own step or one step either side (clock drift),
 * and only for a step later than the last one accepted, so that no code is accepted twice.
 */
public final class Totp {

    public static final int PERIOD_SECONDS = 30;
    public static final int DIGITS = 6;
    /** Steps accepted either side of the current one. */
    public static final int DRIFT = 1;
    public static final String ISSUER = "Compte Assuré";

    /** Six digits, with spaces a person might type in the middle ("123 456"), nothing else. */
    private static final Pattern WELL_FORMED = Pattern.compile("\\d{3} ?\\d{3}");

    private static final DefaultCodeGenerator CODES = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

    private Totp() {
    }

    /** A new seed: 160 random bits (SecureRandom) in base32, as the applications expect. */
    public static String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    /** The otpauth:// address the QR code holds, labelled with the service's name and the person's. */
    public static String uri(String secret, String account) {
        return new QrData.Builder().label(account).secret(secret).issuer(ISSUER).algorithm(HashingAlgorithm.SHA1)
                .digits(DIGITS).period(PERIOD_SECONDS).build().getUri();
    }

    public static long step(Instant now) {
        return Math.floorDiv(now.getEpochSecond(), PERIOD_SECONDS);
    }

    /** Whether a typed value can be a code at all (checked before anything else reads it). */
    public static boolean isWellFormed(String typed) {
        return typed != null && typed.length() <= 16 && WELL_FORMED.matcher(typed.strip()).matches();
    }

    /**
     * The step whose code this is, within the drift and after {@code lastUsedStep}; empty for a wrong, replayed or
     * malformed code. Every candidate step is computed and compared in constant time.
     */
    public static OptionalLong matchingStep(String secret, String typed, Instant now, long lastUsedStep) {
        if (!isWellFormed(typed)) {
            return OptionalLong.empty();
        }
        byte[] code = typed.strip().replace(" ", "").getBytes(StandardCharsets.US_ASCII);
        long current = step(now);
        OptionalLong match = OptionalLong.empty();
        for (long step = current - DRIFT; step <= current + DRIFT; step++) {
            boolean equal = MessageDigest.isEqual(code, code(secret, step).getBytes(StandardCharsets.US_ASCII));
            if (equal && step > lastUsedStep && match.isEmpty()) {
                match = OptionalLong.of(step);
            }
        }
        return match;
    }

    /** The code of a time step (tests compute theirs the same way). */
    public static String code(String secret, long step) {
        try {
            return CODES.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("a stored TOTP seed is not base32", e);
        }
    }

    /** The seed as a person types it into an application that cannot scan: groups of four. */
    public static String readable(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
