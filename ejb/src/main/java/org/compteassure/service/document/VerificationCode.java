package org.compteassure.service.document;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * The code printed on each document: 80 random bits as 16 characters of Crockford's base 32 (no I, L, O, U, so
 * nothing is misread), shown in groups of four. What a person types is read leniently: case, spaces and dashes do
 * not matter, and O, I, L read as 0, 1, 1.
 */
final class VerificationCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCode() {
    }

    /** A new code, compact (16 characters, 5 bits each). */
    static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** "ABCD-EFGH-JKMN-PQRS", as printed. */
    static String grouped(String compact) {
        return String.join("-", compact.substring(0, 4), compact.substring(4, 8), compact.substring(8, 12),
                compact.substring(12, 16));
    }

    /** The compact form of what a person typed, or null if it cannot be a code. */
    static String normalize(String typed) {
        if (typed == null || typed.length() > 64) {
            return null;
        }
        StringBuilder compact = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == ' ' || c == '-' || Character.isWhitespace(c)) {
                continue;
            }
            char read = c == 'O' ? '0' : c == 'I' || c == 'L' ? '1' : c;
            if (ALPHABET.indexOf(read) < 0) {
                return null;
            }
            compact.append(read);
        }
        return compact.length() == LENGTH ? compact.toString() : null;
    }
}
