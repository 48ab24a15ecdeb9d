package org.compteassure.persistence.domain;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * French social-security number (NIR), as printed on the carte Vitale: 13 characters and a 2-digit key.
 * <p>
 * A value type so that a number, once built, is known to be well-formed, and so that it is never written in full
 * by accident: {@link #toString()} is {@link #masked()}.
 */
public final class Nir implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int[] GROUPS = {1, 2, 2, 2, 3, 3, 2};
    private static final Pattern TYPABLE = Pattern.compile("[0-9AB]+");
    /** Digits, but for the A or B of Corsica's 2A and 2B. */
    private static final Pattern WELL_PLACED = Pattern.compile("[0-9]{6}[0-9AB][0-9]{6}([0-9]{2})?");

    /** Why a typed number was rejected, in the order the checks are made. */
    public enum Problem {
        EMPTY, CHARACTERS, LENGTH, SEX, MONTH, DEPARTMENT, KEY
    }

    private final String value;
    private final String key;

    private Nir(String value) {
        this.value = value;
        int check = 97 - Codes.mod97(value.substring(0, 5) + corsica(value.substring(5, 7)) + value.substring(7));
        // Not String.format: a NIR is built for every line of an import, and a Formatter costs more than the check.
        this.key = check < 10 ? "0" + check : Integer.toString(check);
    }

    /** Parses the 15-character form, the key included and checked. */
    public static Nir parse(String input) {
        return parse(input, true);
    }

    /** Parses the 15-character form, or also the 13-character form when the key is not required. */
    public static Nir parse(String input, boolean keyRequired) {
        return check(input, keyRequired).orElseThrow();
    }

    /**
     * Checks what a person typed; spaces are ignored and 2a/2b accepted for Corsica. Whatever {@code keyRequired},
     * a key that is typed must match.
     */
    public static Check<Nir, Problem> check(String input, boolean keyRequired) {
        String nir = input == null ? "" : Codes.compact(input);
        if (nir.isEmpty()) {
            return Check.invalid(Problem.EMPTY);
        }
        if (!TYPABLE.matcher(nir).matches()) {
            return Check.invalid(Problem.CHARACTERS);
        }
        if (nir.length() != 15 && (keyRequired || nir.length() != 13)) {
            return Check.invalid(Problem.LENGTH, keyRequired ? 15 : 13, nir.length());
        }
        if (!WELL_PLACED.matcher(nir).matches()) {
            return Check.invalid(Problem.CHARACTERS);
        }
        if ("123478".indexOf(nir.charAt(0)) < 0) {
            return Check.invalid(Problem.SEX);
        }
        int month = Integer.parseInt(nir, 3, 5, 10);
        if (month < 1 || month > 12 && month < 20 || month > 42 && month < 50) {
            return Check.invalid(Problem.MONTH);
        }
        if (!isDepartment(nir.substring(5, 7))) {
            return Check.invalid(Problem.DEPARTMENT);
        }
        Nir valid = new Nir(nir.substring(0, 13));
        if (nir.length() == 15 && !nir.endsWith(valid.key)) {
            return Check.invalid(Problem.KEY);
        }
        return Check.valid(valid);
    }

    private static boolean isDepartment(String department) {
        if (department.equals("2A") || department.equals("2B")) {
            return true;
        }
        if (!Character.isDigit(department.charAt(1))) {
            return false;
        }
        int number = Integer.parseInt(department);
        return number >= 1 && number <= 95 || number >= 97;
    }

    /** The key is computed with Corsica's 2A and 2B read as 19 and 18. */
    private static String corsica(String department) {
        return department.replace("2A", "19").replace("2B", "18");
    }

    /** The 13 characters, without the key. */
    public String value() {
        return value;
    }

    /** The 2-digit key. */
    public String key() {
        return key;
    }

    /** The 15 characters, key included. */
    public String withKey() {
        return value + key;
    }

    /** As on the carte Vitale: sex, year, month, department, commune, order, key — "1 85 05 78 006 084 91". */
    public String grouped() {
        return Codes.grouped(withKey(), GROUPS);
    }

    /** For logs and screens that need not show it: only sex, year and key — "1 85 ** ** *** *** 91". */
    public String masked() {
        return Codes.grouped(value.substring(0, 3) + "*".repeat(10) + key, GROUPS);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Nir nir && value.equals(nir.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Masked, so that a full NIR never reaches a log. */
    @Override
    public String toString() {
        return masked();
    }
}
