package org.compteassure.persistence.account;

import java.text.Collator;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.compteassure.persistence.domain.FrenchPostcode;

/**
 * The checks of a postal address a person types: lines that fit a window envelope, in the characters an address
 * uses (no markup), a commune, and — when the country is France — a French postcode.
 */
public final class AddressCheck {

    public enum Field { LINE1, LINE2, POSTCODE, CITY, COUNTRY }

    public enum Problem { REQUIRED, TOO_LONG, CHARACTERS, POSTCODE_FORMAT, POSTCODE_UNKNOWN }

    public static final String FRANCE = "FRANCE";
    /** AFNOR NF Z10-011: 38 characters a line. */
    public static final int MAX_LINE = 38;
    private static final int MAX_FOREIGN_POSTCODE = 10;

    /** Countries as an envelope names them: their French names in capitals ("BELGIQUE"), France first. */
    public static final List<String> COUNTRIES = Stream.concat(Stream.of(FRANCE), Arrays.stream(Locale.getISOCountries())
                    .filter(code -> !code.equals("FR"))
                    .map(code -> new Locale("", code).getDisplayCountry(Locale.FRENCH).toUpperCase(Locale.FRENCH))
                    .filter(name -> name.length() <= MAX_LINE)
                    .sorted(Collator.getInstance(Locale.FRENCH)))
            .distinct().toList();

    private static final Pattern LINE = Pattern.compile("[\\p{L}0-9 '’,./°()-]*");
    private static final Pattern COMMUNE = Pattern.compile("[\\p{L} '’-]*");
    private static final Pattern FOREIGN_POSTCODE = Pattern.compile("[A-Za-z0-9 -]*");

    private AddressCheck() {
    }

    /** A country as it is stored and printed: the typed name in capitals ("Belgique" → "BELGIQUE"). */
    public static String countryName(String country) {
        return country.strip().toUpperCase(Locale.ROOT);
    }

    /** Whether a (non-blank) country is one of {@link #COUNTRIES}, in any case. */
    public static boolean isKnownCountry(String country) {
        return COUNTRIES.contains(countryName(country));
    }

    /** Every problem found, one per field; empty when the address can be stored. */
    public static Map<Field, Problem> problems(String line1, String line2, String postcode, String city,
                                               String country) {
        Map<Field, Problem> problems = new EnumMap<>(Field.class);
        text(problems, Field.LINE1, line1, true, MAX_LINE, LINE);
        text(problems, Field.LINE2, line2, false, MAX_LINE, LINE);
        text(problems, Field.CITY, city, true, MAX_LINE, COMMUNE);
        if (blank(country)) {
            problems.put(Field.COUNTRY, Problem.REQUIRED);
        } else if (!isKnownCountry(country)) {
            problems.put(Field.COUNTRY, Problem.CHARACTERS);
        }
        boolean france = country == null || FRANCE.equalsIgnoreCase(country.strip());
        if (france) {
            if (blank(postcode)) {
                problems.put(Field.POSTCODE, Problem.REQUIRED);
            } else if (!FrenchPostcode.isWellFormed(postcode.strip())) {
                problems.put(Field.POSTCODE, Problem.POSTCODE_FORMAT);
            } else if (FrenchPostcode.department(postcode.strip()).isEmpty()) {
                problems.put(Field.POSTCODE, Problem.POSTCODE_UNKNOWN);
            }
        } else {
            text(problems, Field.POSTCODE, postcode, false, MAX_FOREIGN_POSTCODE, FOREIGN_POSTCODE);
        }
        return problems;
    }

    private static void text(Map<Field, Problem> problems, Field field, String value, boolean required, int max,
                             Pattern allowed) {
        if (blank(value)) {
            if (required) {
                problems.put(field, Problem.REQUIRED);
            }
        } else if (value.strip().length() > max) {
            problems.put(field, Problem.TOO_LONG);
        } else if (!allowed.matcher(value.strip()).matches()) {
            problems.put(field, Problem.CHARACTERS);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
