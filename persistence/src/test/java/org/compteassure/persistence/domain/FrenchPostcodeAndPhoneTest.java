package org.compteassure.persistence.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FrenchPostcodeAndPhoneTest {

    @ParameterizedTest
    @CsvSource({"75014,75", "01000,01", "95000,95", "20000,2A", "20167,2A", "20200,2B", "20600,2B",
            "97100,971", "97400,974", "97600,976", "98800,988", "98714,987"})
    void frenchPostcodesBelongToTheirDepartment(String postcode, String department) {
        assertEquals(Optional.of(department), FrenchPostcode.department(postcode));
    }

    @ParameterizedTest
    @ValueSource(strings = {"00100", "96000", "99000", "98000", "97900", "20700", "7501", "750144", "75O14", "B-1000", ""})
    void otherCodesAreNotFrench(String postcode) {
        assertTrue(FrenchPostcode.department(postcode).isEmpty(), postcode);
    }

    @ParameterizedTest
    @CsvSource({"06 12 34 56 78,+33612345678", "0612345678,+33612345678", "+33 6 12 34 56 78,+33612345678",
            "0033612345678,+33612345678", "01.23.45.67.89,+33123456789", "+32 470 12 34 56,+32470123456",
            "+1 (202) 555-0143,+12025550143", "0692 12 34 56,+262692123456"})
    void validNumbersAreStoredInE164(String typed, String e164) {
        assertEquals(Optional.of(e164), Phone.toE164(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "06 12 34", "0012", "<script>", "06 12 34 56 78 90 12 34 56 78 90 12 34", "abc", "+33 0"})
    void invalidNumbersAreRefused(String typed) {
        assertTrue(Phone.toE164(typed).isEmpty(), typed);
    }

    @ParameterizedTest
    @CsvSource({"+33612345678,06 12 34 56 78", "+32470123456,+32 470 12 34 56"})
    void numbersReadAsPeopleWriteThem(String e164, String readable) {
        assertEquals(readable, Phone.readable(e164));
    }
}
