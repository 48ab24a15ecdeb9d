package org.compteassure.persistence.domain;

import java.util.Locale;

/** What the NIR and the IBAN share: the way people type them, and the ISO 7064 mod-97 check. */
final class Codes {

    private Codes() {
    }

    /** Removes every kind of space (people copy numbers grouped, sometimes with no-break spaces) and upper-cases. */
    static String compact(String input) {
        // A plain loop: the import reads several codes and amounts per line, and a code point stream cost a tenth of it.
        StringBuilder compact = new StringBuilder(input.length());
        for (int i = 0; i < input.length(); ) {
            int c = input.codePointAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                compact.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return compact.toString().toUpperCase(Locale.ROOT);
    }

    /** Reads digits as themselves and letters A–Z as 10–35, as ISO 13616 does; no overflow whatever the length. */
    static int mod97(CharSequence digitsAndLetters) {
        int remainder = 0;
        for (int i = 0; i < digitsAndLetters.length(); i++) {
            int n = Character.digit(digitsAndLetters.charAt(i), 36);
            if (n < 0) {
                throw new IllegalArgumentException("Not a digit or a letter at " + i);
            }
            remainder = (remainder * (n < 10 ? 10 : 100) + n) % 97;
        }
        return remainder;
    }

    /** Groups by the given sizes, the last size repeating: {@code grouped("FR7630006000", 4)}. */
    static String grouped(CharSequence s, int... sizes) {
        StringBuilder grouped = new StringBuilder(s.length() * 5 / 4);
        int start = 0;
        for (int i = 0; start < s.length(); i++) {
            int end = Math.min(s.length(), start + sizes[Math.min(i, sizes.length - 1)]);
            grouped.append(grouped.length() == 0 ? "" : " ").append(s, start, end);
            start = end;
        }
        return grouped.toString();
    }
}
