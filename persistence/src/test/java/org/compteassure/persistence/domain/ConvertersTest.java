package org.compteassure.persistence.domain;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConvertersTest {

    private final NirConverter nirs = new NirConverter();
    private final IbanConverter ibans = new IbanConverter();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1 85 05 78 006 084 91 | 1850578006084
            1 85 05 2a 006 084 35 | 185052A006084
            2 90 01 971 12 345 46 | 2900197112345
            """)
    void storesTheThirteenCharactersOfANir(String input, String column) {
        Nir nir = Nir.parse(input);
        assertAll(
                () -> assertEquals(column, nirs.convertToDatabaseColumn(nir)),
                () -> assertEquals(nir, nirs.convertToEntityAttribute(column)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            fr76 3000 6000 0112 3456 7890 189 | FR7630006000011234567890189
            GB82 WEST 1234 5698 7654 32       | GB82WEST12345698765432
            """)
    void storesTheNormalisedIban(String input, String column) {
        Iban iban = Iban.parse(input);
        assertAll(
                () -> assertEquals(column, ibans.convertToDatabaseColumn(iban)),
                () -> assertEquals(iban, ibans.convertToEntityAttribute(column)));
    }

    @Test
    void keepsNull() {
        assertAll(
                () -> assertNull(nirs.convertToDatabaseColumn(null)),
                () -> assertNull(nirs.convertToEntityAttribute(null)),
                () -> assertNull(ibans.convertToDatabaseColumn(null)),
                () -> assertNull(ibans.convertToEntityAttribute(null)));
    }
}
