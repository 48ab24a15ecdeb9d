package org.compteassure.persistence.domain;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.List;
import java.util.Optional;

/**
 * Phone numbers as people type them ("06 12 34 56 78", "+32 470 12 34 56", "0033 6 …"), read as French (metropolitan or overseas) unless
 * they start with an international prefix, checked against libphonenumber's numbering plans, and stored in E.164.
 */
public final class Phone {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    /** Longer input is not a phone number: refused before parsing. */
    private static final int MAX_TYPED = 30;
    /** A national number ("0692 …") may be metropolitan or overseas: each French numbering plan is tried in turn. */
    private static final List<String> FRENCH_REGIONS = List.of("FR", "RE", "GP", "MQ", "GF", "YT", "PM", "BL", "MF",
            "NC", "PF", "WF");

    private Phone() {
    }

    /** The number in E.164 ("+33612345678"), or empty if it is not a valid number. */
    public static Optional<String> toE164(String typed) {
        if (typed == null || typed.isBlank() || typed.length() > MAX_TYPED || !typed.matches("[0-9+ .()/-]+")) {
            return Optional.empty();
        }
        String input = typed.strip().startsWith("00") ? "+" + typed.strip().substring(2) : typed.strip();
        return FRENCH_REGIONS.stream()
                .flatMap(region -> parse(input, region).stream())
                .filter(UTIL::isValidNumber)
                .map(number -> UTIL.format(number, PhoneNumberFormat.E164))
                .findFirst();
    }

    private static Optional<PhoneNumber> parse(String input, String region) {
        try {
            return Optional.of(UTIL.parse(input, region));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** An E.164 number as people read it: national format for France, international otherwise. */
    public static String readable(String e164) {
        try {
            PhoneNumber number = UTIL.parse(e164, "FR");
            return UTIL.format(number, number.getCountryCode() == 33 ? PhoneNumberFormat.NATIONAL
                    : PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return e164;
        }
    }
}
