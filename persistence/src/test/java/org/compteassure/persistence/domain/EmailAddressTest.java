package org.compteassure.persistence.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmailAddressTest {

    @ParameterizedTest
    @CsvSource({"prenom.nom@exemple.fr, true", "a@b.co, true", "jean@exemple, false", "pas-une-adresse, false",
            "a b@c.fr, false", "a@@b.fr, false", "<a>@b.fr, false"})
    void tellsAWellFormedAddress(String address, boolean expected) {
        assertEquals(expected, EmailAddress.isWellFormed(address));
    }
}
