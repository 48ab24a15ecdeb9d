package org.compteassure.service.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** RFC 6238's SHA-1 seed ("12345678901234567890") in base32. */
    private static final String RFC_SEED = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void computesTheRfc6238TestVectors() {
        assertEquals("287082", Totp.code(RFC_SEED, Totp.step(Instant.ofEpochSecond(59))));
        assertEquals("081804", Totp.code(RFC_SEED, Totp.step(Instant.ofEpochSecond(1111111109))));
        assertEquals("005924", Totp.code(RFC_SEED, Totp.step(Instant.ofEpochSecond(1234567890))));
    }

    @Test
    void acceptsOneStepOfDriftEitherSideAndNoMore() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        long step = Totp.step(now);
        for (long drift = -1; drift <= 1; drift++) {
            assertEquals(OptionalLong.of(step + drift), Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, step + drift), now, 0));
        }
        assertTrue(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, step - 2), now, 0).isEmpty());
        assertTrue(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, step + 2), now, 0).isEmpty());
    }

    @Test
    void refusesACodeOfAStepAlreadyUsedOrEarlier() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        long step = Totp.step(now);
        assertTrue(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, step), now, step).isEmpty(), "replayed");
        assertTrue(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, step - 1), now, step).isEmpty(), "older");
        assertEquals(OptionalLong.of(step + 1), Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, step + 1), now, step));
    }

    @Test
    void refusesMalformedInputBeforeComputingAnything() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        for (String typed : new String[] {null, "", "abcdef", "12345", "1234567", "12 34 56", "１２３４５６", "😀😀😀",
                "1".repeat(10_000), "123456\u202E"}) {
            assertFalse(Totp.isWellFormed(typed), String.valueOf(typed).length() > 20 ? "10 000 digits" : typed);
            assertTrue(Totp.matchingStep(RFC_SEED, typed, now, 0).isEmpty());
        }
        assertTrue(Totp.isWellFormed(" 123 456 "));
    }

    @Test
    void newSeedsAre160BitsOfBase32AndReadableInGroupsOfFour() {
        String seed = Totp.newSecret();
        assertTrue(seed.matches("[A-Z2-7]{32}"), seed);
        assertEquals(39, Totp.readable(seed).length());
        assertTrue(Totp.uri(seed, "jdupont").startsWith("otpauth://totp/"), Totp.uri(seed, "jdupont"));
    }
}
