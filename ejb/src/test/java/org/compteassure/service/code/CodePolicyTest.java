package org.compteassure.service.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.compteassure.service.code.CodePolicy.PersonalData;
import org.compteassure.service.code.CodePolicy.Rule;
import org.compteassure.service.code.CodePolicy.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class CodePolicyTest {

    /** Marie DUPONT, born 12 May 1985 in Paris. */
    private static final PersonalData MARIE = new PersonalData("2850575056123", LocalDate.of(1985, 5, 12), "DUPONT",
            "Marie Hélène");
    /** Born in Corse-du-Sud: the NIR's department is 2A. */
    private static final PersonalData ANGE = new PersonalData("185052A006084", LocalDate.of(1985, 5, 3), "SANTONI",
            "Ange-Marie");

    private final CodePolicy policy = new CodePolicy();

    private Verdict check(String code) {
        return policy.check(code, MARIE, Locale.FRENCH);
    }

    // Accepted

    @ParameterizedTest
    @ValueSource(strings = {"Printemps-Lavande-42", "Tulipe!Brume7Ocre", "Cerf-volant sur la Loire 7",
            "Éléphant-Orné-Vêpres"})
    void strongCodesAreAccepted(String code) {
        Verdict verdict = check(code);

        assertTrue(verdict.accepted(), () -> code + ": " + verdict);
        assertEquals(Set.of(), verdict.unmet());
        assertTrue(verdict.score() >= CodePolicy.MIN_SCORE, () -> code + ": " + verdict.score());
        for (Rule rule : Rule.values()) {
            assertTrue(verdict.met(rule));
        }
    }

    // Rule 1: length

    @Test
    void sevenCharactersAreTooFew() {
        Verdict verdict = check("Tu!7Bro");

        assertEquals(Set.of(Rule.LENGTH), withoutGuessable(verdict));
        assertFalse(verdict.accepted());
    }

    @Test
    void eightAndSixtyFourCharactersAreLongEnoughAndShortEnough() {
        assertFalse(check("Tu!7Brom").unmet().contains(Rule.LENGTH));
        String sixtyFour = "Tulipe!Brume7Ocre-" + "x".repeat(46);
        assertEquals(64, sixtyFour.length());
        assertFalse(check(sixtyFour).unmet().contains(Rule.LENGTH));
    }

    @Test
    void sixtyFiveCharactersAreTooMany() {
        String sixtyFive = "Tulipe!Brume7Ocre-" + "x".repeat(47);
        assertEquals(65, sixtyFive.length());

        Verdict verdict = check(sixtyFive);

        assertTrue(verdict.unmet().contains(Rule.LENGTH));
        assertFalse(verdict.accepted());
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        // 8 code points, 9 UTF-16 units: the emoji is one character to the person typing it.
        assertFalse(check("Tu!7Bro\uD83C\uDF37").unmet().contains(Rule.LENGTH));
        assertTrue(check("Tu!7Br\uD83C\uDF37").unmet().contains(Rule.LENGTH));
    }

    @Test
    void tenThousandCharactersAreRejectedQuicklyWithoutZxcvbn() {
        // zxcvbn takes about 6 s on 1 000 characters and 45 s on 2 000; 10 000 would hold a thread for many minutes.
        String huge = "Ab1!".repeat(2_500);
        check("Tulipe!Brume7Ocre"); // loads the classes, zxcvbn's dictionaries included, outside the timing

        Verdict verdict = assertTimeout(Duration.ofMillis(100), () -> check(huge));

        assertTrue(verdict.unmet().contains(Rule.LENGTH));
        assertTrue(verdict.unmet().contains(Rule.NOT_GUESSABLE), "not measured, so not shown to be met");
        assertEquals(0, verdict.score());
        assertEquals("", verdict.warning());
        assertEquals(List.of(), verdict.suggestions());
    }

    @Test
    void theLongestCodesAreMeasuredInReasonableTime() {
        for (String code : List.of("a".repeat(64), "aB1!".repeat(16), "Tulipe!Brume7Ocre".repeat(4).substring(0, 64),
                "1985".repeat(16), "dupont".repeat(10) + "Ab1!")) {
            assertTimeout(Duration.ofSeconds(2), () -> check(code), code);
        }
    }

    @Test
    void nullAndEmptyMeetNoCharacterRule() {
        Set<Rule> expected = EnumSet.of(Rule.LENGTH, Rule.LOWER_CASE, Rule.UPPER_CASE, Rule.DIGIT_OR_SPECIAL,
                Rule.NOT_GUESSABLE);
        assertEquals(expected, check(null).unmet());
        assertEquals(expected, check("").unmet());
        assertEquals(List.of(), check("").suggestions(), "zxcvbn's advice for nothing is not run");
    }

    // Rule 2: character classes

    @Test
    void aLowerCaseLetterIsRequired() {
        assertEquals(Set.of(Rule.LOWER_CASE), withoutGuessable(check("TULIPE!BRUME7")));
        assertEquals(Set.of(Rule.LOWER_CASE), withoutGuessable(check("ÉLÉPHANT-ORNÉ")));
    }

    @Test
    void anUpperCaseLetterIsRequired() {
        assertEquals(Set.of(Rule.UPPER_CASE), withoutGuessable(check("tulipe!brume7")));
        assertTrue(check("éléphant-Orné").met(Rule.UPPER_CASE));
        assertTrue(check("Éléphant-orné").met(Rule.UPPER_CASE), "accented capitals count");
    }

    @Test
    void aDigitOrASpecialCharacterIsRequired() {
        assertEquals(Set.of(Rule.DIGIT_OR_SPECIAL), withoutGuessable(check("TulipeBrumeOcre")));
        assertEquals(Set.of(Rule.DIGIT_OR_SPECIAL), withoutGuessable(check("Tulipe Brume Ocre")),
                "a space is not a special character");
        assertTrue(check("TulipeBrumeOcre7").met(Rule.DIGIT_OR_SPECIAL));
        assertTrue(check("Tulipe-Brume-Ocre").met(Rule.DIGIT_OR_SPECIAL));
        assertTrue(check("Tulipe€BrumeOcre").met(Rule.DIGIT_OR_SPECIAL));
    }

    // Rule 3: NIR and birth date

    @ParameterizedTest
    @ValueSource(strings = {"Vx!2850575056123", "2850575056123Ab!", "Zz!2 85 05 75 056 123 Kw", "Ab!285057505612312"})
    void theNirIsRefused(String code) {
        assertTrue(check(code).unmet().contains(Rule.NO_NIR), code);
    }

    @Test
    void aCorsicanNirIsRefusedWhateverItsCase() {
        assertTrue(policy.check("Zk!185052A006084", ANGE, Locale.FRENCH).unmet().contains(Rule.NO_NIR));
        assertTrue(policy.check("Zk!185052a006084", ANGE, Locale.FRENCH).unmet().contains(Rule.NO_NIR));
        assertTrue(policy.check("Zk!185052A006084", new PersonalData("185052a006084", ANGE.birthDate(),
                ANGE.familyName(), ANGE.givenNames()), Locale.FRENCH).unmet().contains(Rule.NO_NIR));
    }

    @Test
    void partOfTheNirIsNotTheNir() {
        assertFalse(check("Tulipe!285057505612").unmet().contains(Rule.NO_NIR));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12051985", "12/05/1985", "12-05-1985", "19850512", "1985-05-12", "120585"})
    void theBirthDateIsRefusedInEachForm(String date) {
        Verdict verdict = check("Tulipe!" + date + "Ocre");

        assertTrue(verdict.unmet().contains(Rule.NO_BIRTH_DATE), date);
        assertFalse(verdict.unmet().contains(Rule.NO_NIR));
    }

    @Test
    void anotherDateIsNotTheBirthDate() {
        assertFalse(check("Tulipe!13051985Ocre").unmet().contains(Rule.NO_BIRTH_DATE));
    }

    // Rule 4: guessable

    @ParameterizedTest
    @ValueSource(strings = {"password", "Azerty123", "Motdepasse1!", "Password1!", "Marseille13!", "Azertyuiop1!"})
    void commonCodesAreGuessable(String code) {
        Verdict verdict = check(code);

        assertTrue(verdict.unmet().contains(Rule.NOT_GUESSABLE), () -> code + ": " + verdict);
        assertTrue(verdict.score() < CodePolicy.MIN_SCORE);
        assertFalse(verdict.accepted());
    }

    @Test
    void theFamilyNameAndBirthYearAreGuessable() {
        Verdict verdict = check("Dupont1985!");

        assertTrue(verdict.score() < CodePolicy.MIN_SCORE, () -> "score " + verdict.score());
        assertEquals(Set.of(Rule.NOT_GUESSABLE), verdict.unmet(), "only zxcvbn sees it");
    }

    @Test
    void personalDataAreWhatMakesAnUnusualNameGuessable() {
        PersonalData annaig = new PersonalData("2900229019042", LocalDate.of(1990, 2, 14), "Le Quéméneur",
                "Annaïg");
        PersonalData someoneElse = new PersonalData("1780133063017", LocalDate.of(1978, 1, 20), "Martin", "Paul");

        for (String code : List.of("Quemeneur1990!", "Annaig1990!", "LeQuemeneur90")) {
            assertTrue(policy.check(code, annaig, Locale.FRENCH).score() < CodePolicy.MIN_SCORE, code);
            assertTrue(policy.check(code, someoneElse, Locale.FRENCH).score() >= CodePolicy.MIN_SCORE, code);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"DupontMarie1985", "Dupont!Marie85", "Helene@Dupont", "Marie-Dupont-85"})
    void givenAndFamilyNamesRunTogetherAreGuessable(String code) {
        Verdict verdict = check(code);

        assertTrue(verdict.score() < CodePolicy.MIN_SCORE, () -> code + ": " + verdict.score());
    }

    @Test
    void userInputsHoldTheNamesWithoutAccentsByPartAndTheDateForms() {
        List<String> inputs = CodePolicy.userInputs(MARIE);

        assertTrue(inputs.containsAll(List.of("dupont", "marie hélène", "marie helene", "mariehelene", "marie",
                "hélène", "helene", "2850575056123", "12051985", "12/05/1985", "19850512", "120585", "1985",
                "mariedupont", "dupont.marie", "helene-dupont", "m.dupont")),
                inputs::toString);
    }

    // Rule 5 and labels: language

    @Test
    void feedbackForAWeakCodeIsInFrench() {
        Verdict verdict = policy.check("motdepasse", MARIE, Locale.FRENCH);

        assertTrue(verdict.warning().contains("mot de passe"), verdict::warning);
        assertFalse(verdict.suggestions().isEmpty());
        assertTrue(verdict.suggestions().stream().anyMatch(s -> s.contains("mots")), verdict.suggestions()::toString);
    }

    @Test
    void feedbackIsInFrenchByDefaultAndInEnglishOnRequest() {
        Locale jvmDefault = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertTrue(policy.check("Dupont1985", MARIE, Locale.FRENCH).suggestions().stream()
                    .anyMatch(s -> s.startsWith("Ajoutez")), "French on an English JVM");
            assertTrue(policy.check("Dupont1985", MARIE, Locale.GERMAN).suggestions().stream()
                    .anyMatch(s -> s.startsWith("Ajoutez")), "French for an unsupported language");
            assertTrue(policy.check("Dupont1985", MARIE, null).suggestions().stream()
                    .anyMatch(s -> s.startsWith("Ajoutez")), "French for no language");

            Locale.setDefault(Locale.FRENCH);
            Verdict english = policy.check("motdepasse", MARIE, Locale.UK);
            assertTrue(english.warning().contains("password"), english::warning);
        } finally {
            Locale.setDefault(jvmDefault);
        }
    }

    @Test
    void frenchFeedbackTranslatesEveryZxcvbnMessage() {
        ResourceBundle.Control noFallback =
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        ResourceBundle zxcvbn = ResourceBundle.getBundle("com.nulabinc.zxcvbn.messages", Locale.ROOT, noFallback);
        ResourceBundle french = ResourceBundle.getBundle("org.compteassure.service.code.zxcvbn", Locale.FRENCH,
                noFallback);

        assertEquals(zxcvbn.keySet(), french.keySet());
        for (String key : french.keySet()) {
            assertNotEquals(zxcvbn.getString(key), french.getString(key), key);
        }
    }

    @ParameterizedTest
    @EnumSource(Rule.class)
    void everyRuleHasAFrenchAndAnEnglishLabel(Rule rule) {
        String french = CodePolicy.label(rule, Locale.FRENCH);
        String english = CodePolicy.label(rule, Locale.ENGLISH);

        assertFalse(french.isBlank());
        assertFalse(english.isBlank());
        assertNotEquals(french, english);
    }

    @Test
    void labelsReadPlainly() {
        assertEquals("Entre 8 et 64 caractères", CodePolicy.label(Rule.LENGTH, Locale.FRENCH));
        assertEquals("Au moins une lettre majuscule", CodePolicy.label(Rule.UPPER_CASE, Locale.FRANCE));
        assertEquals("Sans votre numéro de sécurité sociale", CodePolicy.label(Rule.NO_NIR, Locale.FRENCH));
        assertEquals("Difficile à deviner", CodePolicy.label(Rule.NOT_GUESSABLE, Locale.FRENCH));
        assertEquals("At least one upper-case letter", CodePolicy.label(Rule.UPPER_CASE, Locale.UK));
        assertEquals("Without your date of birth", CodePolicy.label(Rule.NO_BIRTH_DATE, Locale.ENGLISH));
    }

    @Test
    void theLengthLabelStatesTheLimits() {
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            String label = CodePolicy.label(Rule.LENGTH, locale);
            assertTrue(label.contains(String.valueOf(CodePolicy.MIN_LENGTH))
                    && label.contains(String.valueOf(CodePolicy.MAX_LENGTH)), label);
        }
    }

    @Test
    void labelsAreFrenchOnAnEnglishJvm() {
        Locale jvmDefault = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertEquals("Au moins une lettre minuscule", CodePolicy.label(Rule.LOWER_CASE, Locale.FRENCH));
            assertEquals("Au moins une lettre minuscule", CodePolicy.label(Rule.LOWER_CASE, Locale.GERMAN));
            assertEquals("Au moins une lettre minuscule", CodePolicy.label(Rule.LOWER_CASE, null));
            Locale.setDefault(Locale.FRENCH);
            assertEquals("At least one lower-case letter", CodePolicy.label(Rule.LOWER_CASE, Locale.ENGLISH));
        } finally {
            Locale.setDefault(jvmDefault);
        }
    }

    // The types

    @Test
    void personalDataWantTheThirteenCharacterNirAndKeepItOutOfLogs() {
        assertThrows(IllegalArgumentException.class,
                () -> new PersonalData("285057505612345", MARIE.birthDate(), "DUPONT", "Marie"));
        assertThrows(NullPointerException.class, () -> new PersonalData(null, MARIE.birthDate(), "DUPONT", "Marie"));
        assertThrows(NullPointerException.class, () -> new PersonalData(MARIE.nir13(), null, "DUPONT", "Marie"));

        String logged = MARIE.toString();
        assertFalse(logged.contains(MARIE.nir13()), logged);
        assertFalse(logged.contains("1985-05-12"), logged);
        assertFalse(logged.contains("DUPONT"), logged);
    }

    @Test
    void namesMayBeMissing() {
        PersonalData noNames = new PersonalData(MARIE.nir13(), MARIE.birthDate(), null, " ");

        assertTrue(policy.check("Tulipe!Brume7Ocre", noNames, Locale.FRENCH).accepted());
    }

    @Test
    void verdictsCannotBeChanged() {
        Verdict verdict = check("password");

        assertThrows(UnsupportedOperationException.class, () -> verdict.unmet().clear());
        assertThrows(UnsupportedOperationException.class, () -> verdict.suggestions().clear());
    }

    @Test
    void oneInstanceServesManyThreads() throws Exception {
        List<String> codes = List.of("Printemps-Lavande-42", "Dupont1985!", "Azerty123", "Tulipe!Brume7Ocre",
                "motdepasse", "Cerf-volant sur la Loire 7");
        List<Verdict> expected = codes.stream().map(this::check).toList();

        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<List<Verdict>>> runs = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                runs.add(pool.submit(() -> codes.stream().map(this::check).toList()));
            }
            for (Future<List<Verdict>> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Set<Rule> withoutGuessable(Verdict verdict) {
        Set<Rule> unmet = EnumSet.noneOf(Rule.class);
        unmet.addAll(verdict.unmet());
        unmet.remove(Rule.NOT_GUESSABLE);
        return unmet;
    }
}
