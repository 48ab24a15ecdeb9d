package org.compteassure.persistence.domain;

import java.io.Serializable;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * International bank account number (ISO 13616), checked against its country's length and its mod-97 digits.
 * <p>
 * A value type so that a stored IBAN is known to be well-formed and normalised, and so that it is not written in
 * full by accident: {@link #toString()} is {@link #masked()}.
 */
public final class Iban implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Pattern ALPHANUMERIC = Pattern.compile("[0-9A-Z]+");

    /** Length of an IBAN per country, from the SWIFT IBAN registry: all SEPA countries and the other members. */
    private static final Map<String, Integer> LENGTHS = Map.ofEntries(
            Map.entry("AD", 24), Map.entry("AE", 23), Map.entry("AL", 28), Map.entry("AT", 20),
            Map.entry("AZ", 28), Map.entry("BA", 20), Map.entry("BE", 16), Map.entry("BG", 22),
            Map.entry("BH", 22), Map.entry("BI", 27), Map.entry("BR", 29), Map.entry("BY", 28),
            Map.entry("CH", 21), Map.entry("CR", 22), Map.entry("CY", 28), Map.entry("CZ", 24),
            Map.entry("DE", 22), Map.entry("DJ", 27), Map.entry("DK", 18), Map.entry("DO", 28),
            Map.entry("EE", 20), Map.entry("EG", 29), Map.entry("ES", 24), Map.entry("FI", 18),
            Map.entry("FK", 18), Map.entry("FO", 18), Map.entry("FR", 27), Map.entry("GB", 22),
            Map.entry("GE", 22), Map.entry("GI", 23), Map.entry("GL", 18), Map.entry("GR", 27),
            Map.entry("GT", 28), Map.entry("HN", 28), Map.entry("HR", 21), Map.entry("HU", 28),
            Map.entry("IE", 22), Map.entry("IL", 23), Map.entry("IQ", 23), Map.entry("IS", 26),
            Map.entry("IT", 27), Map.entry("JO", 30), Map.entry("KW", 30), Map.entry("KZ", 20),
            Map.entry("LB", 28), Map.entry("LC", 32), Map.entry("LI", 21), Map.entry("LT", 20),
            Map.entry("LU", 20), Map.entry("LV", 21), Map.entry("LY", 25), Map.entry("MC", 27),
            Map.entry("MD", 24), Map.entry("ME", 22), Map.entry("MK", 19), Map.entry("MN", 20),
            Map.entry("MR", 27), Map.entry("MT", 31), Map.entry("MU", 30), Map.entry("NI", 28),
            Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("OM", 23), Map.entry("PK", 24),
            Map.entry("PL", 28), Map.entry("PS", 29), Map.entry("PT", 25), Map.entry("QA", 29),
            Map.entry("RO", 24), Map.entry("RS", 22), Map.entry("RU", 33), Map.entry("SA", 24),
            Map.entry("SC", 31), Map.entry("SD", 18), Map.entry("SE", 24), Map.entry("SI", 19),
            Map.entry("SK", 24), Map.entry("SM", 27), Map.entry("SO", 23), Map.entry("ST", 25),
            Map.entry("SV", 28), Map.entry("TL", 23), Map.entry("TN", 24), Map.entry("TR", 26),
            Map.entry("UA", 29), Map.entry("VA", 22), Map.entry("VG", 24), Map.entry("XK", 20),
            Map.entry("YE", 30));

    /** Why a typed IBAN was rejected, in the order the checks are made. */
    public enum Problem {
        EMPTY, CHARACTERS, COUNTRY, LENGTH, CHECKSUM
    }

    private final String value;

    private Iban(String value) {
        this.value = value;
    }

    public static Iban parse(String input) {
        return check(input).orElseThrow();
    }

    /** Checks what a person typed; spaces are ignored and lower case accepted. */
    public static Check<Iban, Problem> check(String input) {
        String iban = input == null ? "" : Codes.compact(input);
        if (iban.isEmpty()) {
            return Check.invalid(Problem.EMPTY);
        }
        if (!ALPHANUMERIC.matcher(iban).matches()) {
            return Check.invalid(Problem.CHARACTERS);
        }
        Integer length = iban.length() < 2 ? null : LENGTHS.get(iban.substring(0, 2));
        if (length == null) {
            return Check.invalid(Problem.COUNTRY);
        }
        if (iban.length() != length) {
            return Check.invalid(Problem.LENGTH, length, iban.length());
        }
        // Check digits 00, 01 and 99 can pass mod 97 but are never issued.
        int checkDigits = Character.isDigit(iban.charAt(2)) && Character.isDigit(iban.charAt(3))
                ? Integer.parseInt(iban, 2, 4, 10) : 0;
        if (checkDigits < 2 || checkDigits > 98 || Codes.mod97(iban.substring(4) + iban.substring(0, 4)) != 1) {
            return Check.invalid(Problem.CHECKSUM);
        }
        return Check.valid(new Iban(iban));
    }

    /** Normalised: no spaces, upper case. */
    public String value() {
        return value;
    }

    /** ISO 3166 country code. */
    public String country() {
        return value.substring(0, 2);
    }

    /** What registers compare instead of the whole IBAN, such as "the 7 last characters of your IBAN". */
    public String lastCharacters(int n) {
        if (n < 0 || n > value.length()) {
            throw new IllegalArgumentException("Between 0 and " + value.length() + " characters, not " + n);
        }
        return value.substring(value.length() - n);
    }

    /** In groups of 4, as on a RIB: "FR76 3000 6000 0112 3456 7890 189". */
    public String grouped() {
        return Codes.grouped(value, 4);
    }

    /** All but the last 4 characters hidden, in groups of 4: "•••• •••• •••• •••• •••• •••0 189". */
    public String masked() {
        return Codes.grouped("•".repeat(value.length() - 4) + lastCharacters(4), 4);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Iban iban && value.equals(iban.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Masked, so that a full IBAN never reaches a log. */
    @Override
    public String toString() {
        return masked();
    }
}
