package org.compteassure.persistence.domain;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.compteassure.persistence.domain.Nir.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Keys below were computed by hand with the rule: 97 − (13 digits mod 97), 2A read as 19 and 2B as 18. */
class NirTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1 85 05 78 006 084 91 | 1850578006084 | 91
            185057800608491       | 1850578006084 | 91
            2 85 05 78 006 084 41 | 2850578006084 | 41
            1 85 05 2A 006 084 35 | 185052A006084 | 35
            1 85 05 2a 006 084 35 | 185052A006084 | 35
            1 85 05 2B 006 084 62 | 185052B006084 | 62
            185052b00608462       | 185052B006084 | 62
            1 85 05 20 006 084 08 | 1850520006084 | 08
            2 90 01 971 12 345 46 | 2900197112345 | 46
            1 90 01 974 12 345 20 | 1900197412345 | 20
            2 90 01 976 12 345 81 | 2900197612345 | 81
            1 85 05 98 006 084 36 | 1850598006084 | 36
            1 85 05 99 123 456 07 | 1850599123456 | 07
            1 85 05 01 006 084 36 | 1850501006084 | 36
            1 85 05 95 006 084 20 | 1850595006084 | 20
            3 85 05 78 006 084 88 | 3850578006084 | 88
            4 85 05 78 006 084 38 | 4850578006084 | 38
            7 85 05 78 006 084 82 | 7850578006084 | 82
            8 85 05 78 006 084 32 | 8850578006084 | 32
            1 85 20 78 006 084 40 | 1852078006084 | 40
            1 85 42 78 006 084 04 | 1854278006084 | 04
            1 85 50 78 006 084 35 | 1855078006084 | 35
            1 85 99 78 006 084 43 | 1859978006084 | 43
            1 80 01 75 114 001 09 | 1800175114001 | 09
            """)
    void acceptsValidNumbersWithTheirKey(String input, String value, String key) {
        Nir nir = Nir.parse(input);
        assertAll(
                () -> assertEquals(value, nir.value()),
                () -> assertEquals(key, nir.key()),
                () -> assertEquals(value + key, nir.withKey()),
                () -> assertEquals(nir, Nir.parse(value, false)),
                () -> assertTrue(Nir.check(input, false).isValid()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1\u00A085\u00A005\u00A078\u00A0006\u00A0084\u00A091",
        "1\u202F85\u202F05\u202F78\u202F006\u202F084\u202F91",
        " 1 85 05 78 006 084 91 ",
        "1\t85 05 78 006 084 91"})
    void ignoresEveryKindOfSpace(String input) {
        assertEquals("1850578006084", Nir.parse(input).value());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                     | EMPTY
            '   '                  | EMPTY
            '\u00A0'               | EMPTY
            1 85 05 78 0O6 084 91  | CHARACTERS
            1-85-05-78-006-084-91  | CHARACTERS
            1.85.05.78.006.084.91  | CHARACTERS
            1 85 05 2C 006 084 35  | CHARACTERS
            A 85 05 78 006 084 91  | CHARACTERS
            1 85 05 A2 006 084 35  | CHARACTERS
            1 85 05 2A 006 084 3A  | CHARACTERS
            1 85 05 78 006 084 9   | LENGTH
            1 85 05 78 006 084 911 | LENGTH
            1 85 05 78 006 084     | LENGTH
            1 85 05 78 006 08      | LENGTH
            0 85 05 78 006 084 91  | SEX
            5 85 05 78 006 084 91  | SEX
            6 85 05 78 006 084 91  | SEX
            9 85 05 78 006 084 91  | SEX
            1 85 00 78 006 084 91  | MONTH
            1 85 13 78 006 084 91  | MONTH
            1 85 19 78 006 084 91  | MONTH
            1 85 43 78 006 084 91  | MONTH
            1 85 49 78 006 084 91  | MONTH
            1 85 05 00 006 084 91  | DEPARTMENT
            1 85 05 96 006 084 91  | DEPARTMENT
            1 85 05 3A 006 084 91  | DEPARTMENT
            1 85 05 1B 006 084 91  | DEPARTMENT
            1 85 05 78 006 084 92  | KEY
            1 85 05 78 006 084 00  | KEY
            1 85 05 78 006 084 98  | KEY
            1 85 05 78 006 048 91  | KEY
            1 85 05 2A 006 084 08  | KEY
            1 85 05 2B 006 084 35  | KEY
            """)
    void explainsWhyANumberIsRejected(String input, Problem problem) {
        Check<Nir, Problem> check = Nir.check(input, true);
        assertAll(
                () -> assertFalse(check.isValid()),
                () -> assertNull(check.value()),
                () -> assertEquals(problem, check.problem()));
    }

    /** What a form hands over when only blanks were typed: never a number, and never an exception but from parse. */
    @ParameterizedTest
    @ValueSource(strings = {"   ", "\t\n", " \t \r\n ", "\u2007\u00A0"})
    void blanksAreEmptyAndCannotBeParsed(String input) {
        assertAll(
                () -> assertEquals(Problem.EMPTY, Nir.check(input, true).problem()),
                () -> assertEquals(Problem.EMPTY, Nir.check(input, false).problem()),
                () -> assertThrows(IllegalArgumentException.class, () -> Nir.parse(input, false)));
    }

    @ParameterizedTest
    @NullSource
    void nullIsEmpty(String input) {
        assertEquals(Problem.EMPTY, Nir.check(input, false).problem());
    }

    @ParameterizedTest(name = "{0}, key required: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1 85 05 78 006 084 9   | true  | 15 | 14
            1 85 05 78 006 084 911 | true  | 15 | 16
            1 85 05 78 006 084     | true  | 15 | 13
            1 85 05 78 006 084 9   | false | 13 | 14
            1 85 05 78 006 08      | false | 13 | 12
            """)
    void countsTheCharactersTyped(String input, boolean keyRequired, int expected, int typed) {
        Check<Nir, Problem> check = Nir.check(input, keyRequired);
        assertAll(
                () -> assertEquals(Problem.LENGTH, check.problem()),
                () -> assertEquals(expected, check.expected()),
                () -> assertEquals(typed, check.typed()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1 85 05 78 006 084 | 91
            1 85 05 2A 006 084 | 35
            1 85 05 2b 006 084 | 62
            2 90 01 971 12 345 | 46
            """)
    void acceptsThirteenCharactersOnlyWhenTheKeyIsNotRequired(String input, String key) {
        assertAll(
                () -> assertEquals(key, Nir.parse(input, false).key()),
                () -> assertEquals(Problem.LENGTH, Nir.check(input, true).problem()),
                () -> assertThrows(IllegalArgumentException.class, () -> Nir.parse(input)));
    }

    @Test
    void checksATypedKeyEvenWhenNotRequired() {
        assertEquals(Problem.KEY, Nir.check("1 85 05 78 006 084 92", false).problem());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            185057800608491 | 1 85 05 78 006 084 91 | 1 85 ** ** *** *** 91
            185052a00608435 | 1 85 05 2A 006 084 35 | 1 85 ** ** *** *** 35
            290019711234546 | 2 90 01 97 112 345 46 | 2 90 ** ** *** *** 46
            """)
    void groupsAsOnTheCardAndMasksForLogs(String input, String grouped, String masked) {
        Nir nir = Nir.parse(input);
        assertAll(
                () -> assertEquals(grouped, nir.grouped()),
                () -> assertEquals(masked, nir.masked()),
                () -> assertEquals(masked, nir.toString()));
    }

    @Test
    void neverPutsTheNumberInAnExceptionMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Nir.parse("1 85 05 78 006 084 92"));
        assertAll(
                () -> assertTrue(e.getMessage().contains("KEY"), e.getMessage()),
                () -> assertFalse(e.getMessage().contains("006"), e.getMessage()));
    }

    @Test
    void isEqualByValue() {
        Nir nir = Nir.parse("1 85 05 2a 006 084 35");
        assertAll(
                () -> assertEquals(nir, Nir.parse("185052A006084", false)),
                () -> assertEquals(nir.hashCode(), Nir.parse("185052A00608435").hashCode()),
                () -> assertNotEquals(nir, Nir.parse("185052B00608462")),
                () -> assertNotEquals(nir, "185052A006084"));
    }
}
