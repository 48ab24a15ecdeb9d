package org.compteassure.persistence.domain;

import java.util.regex.Pattern;

/**
 * What the portal takes for a well-formed e-mail address: one "@", a domain with a dot, no space or bracket. Bean
 * Validation's {@code @Email} alone accepts « jean@exemple », which no mail ever reaches; forms add this as its
 * {@code regexp} and the services check it again, so that a malformed address is refused for being malformed.
 */
public final class EmailAddress {

    public static final String PATTERN = "[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+";
    public static final int MAX_LENGTH = 254;

    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private EmailAddress() {
    }

    public static boolean isWellFormed(String address) {
        return address != null && address.length() <= MAX_LENGTH && COMPILED.matcher(address).matches();
    }
}
