package org.compteassure.persistence.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.compteassure.persistence.account.AddressCheck.Field;
import org.compteassure.persistence.account.AddressCheck.Problem;
import org.junit.jupiter.api.Test;

class AddressCheckTest {

    @Test
    void aFrenchAddressPasses() {
        assertTrue(AddressCheck.problems("12 rue de l’Église", "Bât. B", "20200", "Bastia", "FRANCE").isEmpty());
    }

    @Test
    void abroadThePostcodeIsFreeForm() {
        assertTrue(AddressCheck.problems("Rue Neuve 1", null, "B-1000", "Bruxelles", "BELGIQUE").isEmpty());
    }

    @Test
    void aForeignPostcodeWithFranceIsRefused() {
        assertEquals(Map.of(Field.POSTCODE, Problem.POSTCODE_FORMAT),
                AddressCheck.problems("1 rue Neuve", null, "B-1000", "Lille", "FRANCE"));
        assertEquals(Map.of(Field.POSTCODE, Problem.POSTCODE_UNKNOWN),
                AddressCheck.problems("1 rue Neuve", null, "96000", "Lille", "FRANCE"));
    }

    @Test
    void markupLongLinesAndMissingFieldsAreRefused() {
        Map<Field, Problem> problems = AddressCheck.problems("<script>alert(1)</script>", "x".repeat(10_000), "",
                "Paris 15", "FRANCE");
        assertEquals(Map.of(Field.LINE1, Problem.CHARACTERS, Field.LINE2, Problem.TOO_LONG,
                Field.POSTCODE, Problem.REQUIRED, Field.CITY, Problem.CHARACTERS), problems);
    }
}
