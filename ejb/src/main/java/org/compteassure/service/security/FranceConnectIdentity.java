package org.compteassure.service.security;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What FranceConnect asserts about a person, from a verified ID token and signed userinfo: the subject identifier
 * and the pivot identity (family name, given names, birth date, sex, birthplace or birth country).
 *
 * @param birthplace   INSEE code of the commune of birth, for people born in France
 * @param birthCountry INSEE code of the country of birth ("99100" for France)
 * @param idToken      the ID token as received, the {@code id_token_hint} of the logout
 */
public record FranceConnectIdentity(String sub, String familyName, String givenNames, LocalDate birthDate,
                                    String gender, String birthplace, String birthCountry, String email,
                                    String idToken) implements Serializable {

    /** INSEE's code for France among countries of birth. */
    public static final String FRANCE = "99100";

    /** Without the names and the token: what a log may show. */
    @Override
    public String toString() {
        return "FranceConnectIdentity[sub]";
    }
}
