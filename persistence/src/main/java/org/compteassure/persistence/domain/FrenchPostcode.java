package org.compteassure.persistence.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What can be checked of a French postcode without La Poste's list: five digits whose start is a real
 * département — 01 to 95 (Corsica's 20xxx being 2A below 20200 and 2B from there to 20699), or an overseas
 * territory (971 to 978, 984 to 988). 00, 96, 99 and Monaco's 980 are not French départements.
 */
public final class FrenchPostcode {

    private static final Pattern FIVE_DIGITS = Pattern.compile("[0-9]{5}");

    private FrenchPostcode() {
    }

    public static boolean isWellFormed(String postcode) {
        return postcode != null && FIVE_DIGITS.matcher(postcode).matches();
    }

    /** The département code ("75", "2A", "971") the postcode belongs to, if it is a French postcode. */
    public static Optional<String> department(String postcode) {
        if (!isWellFormed(postcode)) {
            return Optional.empty();
        }
        int two = Integer.parseInt(postcode.substring(0, 2));
        int three = Integer.parseInt(postcode.substring(0, 3));
        if (two == 20) {
            return three < 202 ? Optional.of("2A") : three <= 206 ? Optional.of("2B") : Optional.empty();
        }
        if (two >= 1 && two <= 95) {
            return Optional.of(postcode.substring(0, 2));
        }
        if ((three >= 971 && three <= 978) || (three >= 984 && three <= 988)) {
            return Optional.of(postcode.substring(0, 3));
        }
        return Optional.empty();
    }
}
