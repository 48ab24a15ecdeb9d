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
import java.util.stream.Stream;
import org.compteassure.service.code.CodePolicy.PersonalData;
import org.compteassure.service.code.CodePolicy.Rule;
import org.compteassure.service.code.CodePolicy.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CodePolicyTest {

    /** Marie Hélène DUPONT, born 12 May 1985 in Paris. */
    private static final PersonalData MARIE = new PersonalData("2850575056123", LocalDate.of(1985, 5, 12), "DUPONT",
            "Marie Hélène");
    /** Lucas PETIT, born 14 May 1992 in Paris: the issue's example. */
    private static final PersonalData LUCAS = new PersonalData("1920575056123", LocalDate.of(1992, 5, 14), "PETIT",
            "Lucas");
    /** Born in Corse-du-Sud: the NIR's department is 2A. */
    private static final PersonalData ANGE = new PersonalData("185052A006084", LocalDate.of(1985, 5, 3), "SANTONI",
            "Ange-Marie");
    /** A family name in two words, accented letters in both names. */
    private static final PersonalData ANNAIG = new PersonalData("2900229019042", LocalDate.of(1990, 2, 14),
            "Le Quéméneur", "Annaïg");

    private final CodePolicy policy = new CodePolicy();

    private Verdict check(String code) {
        return policy.check(code, MARIE, Locale.FRENCH);
    }

    // Accepted: no composition rule (ASVS 6.2.5), passphrases and password-manager output alike

    static Stream<String> strongCodes() {
        return Stream.of("Printemps-Lavande-42", "Tulipe!Brume7Ocre", "Cerf-volant sur la Loire 7",
                "Éléphant-Orné-Vêpres", "nuage violet sous le pont", "hérisson qui boit du thé vert",
                "la pluie tombe sur quimper", "trois girafes jouent au rugby", "CARTON ROUGE POUR LE HIBOU",
                "xK9#mQ2$vL7!pR4&", "q7Vt-9wZe-Lp3s-Hd8k", "f2b8c1d9e7a3g6h4", "grenouille-orbite-citron",
                "mon vélo bleu grince le mardi", "Saperlipopette dit le marin", "zèbre;pelouse;tambour;givre",
                "kayak sur le lac Léman en hiver", "4 chaussettes dépareillées", "oursonguimauvetrampoline",
                "Piano à queue sous la neige", "Tortue rapide, lièvre lent", "violoncelle + cornichon + 1907",
                "🐢 tortue marine 🌊 océan");
    }

    @ParameterizedTest
    @MethodSource("strongCodes")
    void strongCodesAreAcceptedForEveryone(String code) {
        for (PersonalData person : List.of(MARIE, LUCAS, ANGE, ANNAIG)) {
            Verdict verdict = policy.check(code, person, Locale.FRENCH);

            assertTrue(verdict.accepted(), () -> code + ": " + verdict);
            assertTrue(verdict.score() >= CodePolicy.MIN_SCORE, () -> code + ": " + verdict.score());
            for (Rule rule : Rule.values()) {
                assertTrue(verdict.met(rule));
            }
        }
    }

    @Test
    void thereAreAtLeastTwentyStrongCodes() {
        assertTrue(strongCodes().count() >= 20);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tulipe brume ocre sable", "TULIPE BRUME OCRE SABLE", "tulipebrumeocresable"})
    void neitherCapitalsNorDigitsNorSymbolsAreRequired(String code) {
        Verdict verdict = check(code);

        assertTrue(verdict.accepted(), () -> code + ": " + verdict);
    }

    @Test
    void theRulesHaveNoCompositionRule() {
        assertEquals(List.of(Rule.LENGTH, Rule.NOT_COMMON, Rule.NO_PERSONAL_DATA, Rule.NOT_GUESSABLE,
                Rule.NOT_REUSED), List.of(Rule.values()));
    }

    // Length: 12 to 64 characters

    @Test
    void elevenCharactersAreTooFew() {
        Verdict verdict = check("Tu!7Brom-Oc");
        assertEquals(11, "Tu!7Brom-Oc".length());

        assertTrue(verdict.unmet().contains(Rule.LENGTH));
        assertFalse(verdict.accepted());
    }

    @Test
    void twelveAndSixtyFourCharactersAreLongEnoughAndShortEnough() {
        assertFalse(check("Tu!7Brom-Ocr").unmet().contains(Rule.LENGTH));
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
        // 12 code points, 13 UTF-16 units: the emoji is one character to the person typing it.
        assertFalse(check("Tu!7Brom-Oc\uD83C\uDF37").unmet().contains(Rule.LENGTH));
        assertTrue(check("Tu!7Brom-O\uD83C\uDF37").unmet().contains(Rule.LENGTH));
    }

    @Test
    void tenThousandCharactersAreRejectedQuicklyWithoutZxcvbn() {
        // zxcvbn takes about 6 s on 1 000 characters and 45 s on 2 000; 10 000 would hold a thread for many minutes.
        String huge = "Ab1!".repeat(2_500);
        check("Tulipe!Brume7Ocre"); // loads the classes, zxcvbn's dictionaries and the list, outside the timing

        Verdict verdict = assertTimeout(Duration.ofMillis(100), () -> check(huge));

        assertEquals(EnumSet.of(Rule.LENGTH, Rule.NOT_COMMON, Rule.NO_PERSONAL_DATA, Rule.NOT_GUESSABLE),
                verdict.unmet(), "not measured, so not shown to be met");
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
    void nullAndEmptyFailTheLengthAndZxcvbnOnly() {
        Set<Rule> expected = EnumSet.of(Rule.LENGTH, Rule.NOT_GUESSABLE);
        assertEquals(expected, check(null).unmet());
        assertEquals(expected, check("").unmet());
        assertEquals(List.of(), check("").suggestions(), "zxcvbn's advice for nothing is not run");
    }

    // Common passwords

    @Test
    void theCommonListHoldsMoreThanAHundredThousandPasswordsCompactly() {
        CommonCodes list = CodePolicy.commonCodes();

        assertTrue(list.size() >= 100_000, () -> "size " + list.size());
        // Two arrays, not 140 000 String objects (some 10 MB): the footprint stays under 3 MB.
        assertTrue(list.footprintBytes() < 3_000_000L, () -> "footprint " + list.footprintBytes());
        System.out.printf("Common list: %d distinct canonical forms, %d bytes%n", list.size(),
                list.footprintBytes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"qwertyuiopasdf", "unitedstates", "snowboarding", "resurrection", "QWERTYUIOPASDF",
            "United-States", "Sn0wb0ard1ng", "r3surr3ct!on", "s n o w b o a r d i n g", "P@ssw0rd-1234",
            "p-a-s-s-w-o-r-d", "Azertyuiop123"})
    void commonPasswordsAreRefusedWhateverTheirCaseSeparatorsAndLeetspeak(String code) {
        Verdict verdict = check(code);

        assertTrue(verdict.unmet().contains(Rule.NOT_COMMON), () -> code + ": " + verdict);
        assertFalse(verdict.accepted());
    }

    // The service's own words (ASVS 6.1.2, 6.2.11): context-words.txt

    @ParameterizedTest
    @ValueSource(strings = {"Ameli-Vitale-2024", "CompteAssure2024!", "Secret-Ameli-2024", "securite sociale 75",
            "C.P.A.M. Assurance 92", "FranceConnect-Ameli", "4m3l1-v1t4l3-2025", "Mutuelle Santé Caisse"})
    void codesMadeOfTheServicesWordsAreRefusedAsCommon(String code) {
        Verdict verdict = check(code);

        assertTrue(verdict.unmet().contains(Rule.NOT_COMMON), () -> code + ": " + verdict);
        assertFalse(verdict.accepted());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ma carte vitale dort au grenier", "le conseiller mange une clémentine"})
    void aServiceWordAmongEnoughOfOnesOwnIsAccepted(String code) {
        Verdict verdict = check(code);

        assertTrue(verdict.accepted(), () -> code + ": " + verdict);
    }

    @Test
    void contextWordsAndPersonalDataTogetherAreRefused() {
        Verdict verdict = policy.check("Ameli-Lucas-Petit", LUCAS, Locale.FRENCH);

        assertTrue(verdict.unmet().contains(Rule.NO_PERSONAL_DATA), verdict::toString);
    }

    @Test
    void theListIsLookedUpNotGuessed() {
        assertTrue(CodePolicy.isCommon("password"));
        assertTrue(CodePolicy.isCommon("123456"));
        assertFalse(CodePolicy.isCommon("Tulipe!Brume7Ocre"));
        assertFalse(CodePolicy.isCommon("grenouille-orbite-citron"));
        assertFalse(CodePolicy.isCommon(""));
    }

    // The person's own data

    static Stream<Arguments> personalCodes() {
        List<Arguments> codes = new ArrayList<>();
        for (String code : List.of(
                // the issue's example, in any order, case and separators
                "Lucas-Petit-1992", "lucaspetit1992", "LUCAS PETIT 1992", "1992-Petit-Lucas", "Petit.Lucas.1992",
                "petit_lucas_92", "LuCaS-pEtIt-1992", "Lucas1992Petit", "LUCAS_1992_PETIT", "Lucas@Petit#1992",
                "Lucas***Petit***1992", "Lucas!!Petit!!1992", "lucas+petit=1992", "LucasPetit-LucasPetit",
                "Petit Lucas 14 05 92", "PETITlucas0514", "Lucas-Petit-14-05", "Petit14Lucas05",
                "petit--lucas--mai92", "Luc-Pet-1992-05",
                // leetspeak
                "p3t1t-luc4s-1992", "1uc4s!p3t1t!92", "L|_|cas-P3tit-92", "pet1t.lucas.1992", "P3T1T_LUC45_1992",
                // reversed
                "titep-sacul-2991", "2991titePsacuL", "sacul.titep.1992", "SACUL TITEP 41 50",
                // birth dates, whole, wherever they stand
                "Tulipe-Brume-14/05/1992", "14051992Tulipe!", "19920514-Ocre-Brume", "Lucas140592Petit",
                "1992-05-14-Lucas", "29915041-brume-ocre",
                // the NIR, whole or by its runs
                "1920575056123", "NIR 1 92 05 75 056 123", "Nir:1920575056123!", "Lucas-19205-75056",
                "Petit-192057-Lucas", "3216505750291", "lucas 75056 123")) {
            codes.add(Arguments.of("Lucas PETIT", LUCAS, code));
        }
        for (String code : List.of("Marie-Dupont-1985", "Hélène.Dupont.1985", "helene-dupont-12-05",
                "MarieHelene1985", "DUPONT marie hélène", "tnopud-eiram-5891", "M4r13-Dup0nt-85", "Dupont12051985",
                "2850575056123Ab!", "Zz!2 85 05 75 056 123 Kw", "Marie-Helene-Dupont", "d u p o n t 1 9 8 5 m a r i e",
                "Tulipe!12.05.1985", "DUPONT-MARIE-120585")) {
            codes.add(Arguments.of("Marie DUPONT", MARIE, code));
        }
        for (String code : List.of("Ange-Marie-Santoni", "Zk!185052A006084", "Zk!185052a006084",
                "santoni 2a 1985", "ange-santoni-03-05-85")) {
            codes.add(Arguments.of("Ange SANTONI", ANGE, code));
        }
        for (String code : List.of("Annaig-LeQuemeneur-90", "QUÉMÉNEUR annaïg 1990", "lequemeneur.annaig",
                "ruenemeuq-gianna")) {
            codes.add(Arguments.of("Annaïg LE QUÉMÉNEUR", ANNAIG, code));
        }
        return codes.stream();
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("personalCodes")
    void codesMadeOfPersonalDataAreRefused(String who, PersonalData person, String code) {
        Verdict verdict = policy.check(code, person, Locale.FRENCH);

        assertTrue(verdict.unmet().contains(Rule.NO_PERSONAL_DATA), () -> who + ", " + code + ": " + verdict);
        assertFalse(verdict.accepted());
    }

    @Test
    void thereAreAtLeastFiftyPersonalDataVariants() {
        assertTrue(personalCodes().count() >= 50);
    }

    @Test
    void theIssuesExampleWasAcceptedByZxcvbnAlone() {
        // Why the rule exists: zxcvbn credits each known piece with many guesses, and scores this one 3 or more.
        Verdict verdict = policy.check("Lucas-Petit-1992", LUCAS, Locale.FRENCH);

        assertEquals(Set.of(Rule.NO_PERSONAL_DATA), verdict.unmet(), verdict::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lucas aime les tartines de miel", "Petit déjeuner sur la terrasse", "Lucas-Tournesol-Brume"})
    void aPersonalWordAmongEnoughOwnWordsIsNotPersonalData(String code) {
        assertTrue(policy.check(code, LUCAS, Locale.FRENCH).met(Rule.NO_PERSONAL_DATA), code);
    }

    @Test
    void theSameCodeIsPersonalDataOnlyForItsOwner() {
        assertFalse(policy.check("Lucas-Petit-1992", MARIE, Locale.FRENCH).unmet().contains(Rule.NO_PERSONAL_DATA));
        assertFalse(policy.check("Marie-Dupont-1985", LUCAS, Locale.FRENCH).unmet().contains(Rule.NO_PERSONAL_DATA));
    }

    @Test
    void anotherDateIsNotTheBirthDate() {
        assertTrue(check("Tulipe!13061984Ocre").met(Rule.NO_PERSONAL_DATA));
    }

    @Test
    void partOfTheNirAmongEnoughOwnCharactersIsAllowed() {
        assertTrue(check("Tulipe!Brume!2850575").met(Rule.NO_PERSONAL_DATA));
    }

    // zxcvbn

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaa", "123456789012", "azertyuiopqs", "abcdefghijkl", "azertyazerty"})
    void guessableCodesAreRefused(String code) {
        Verdict verdict = check(code);

        assertTrue(verdict.unmet().contains(Rule.NOT_GUESSABLE), () -> code + ": " + verdict);
        assertTrue(verdict.score() < CodePolicy.MIN_SCORE);
        assertFalse(verdict.accepted());
    }

    @Test
    void personalDataAreWhatMakesAnUnusualNameGuessable() {
        // Scores only: these are short of 12 characters, and personal data besides.
        PersonalData someoneElse = new PersonalData("1780133063017", LocalDate.of(1978, 1, 20), "Martin", "Paul");

        for (String code : List.of("Quemeneur1990!", "Annaig1990!", "LeQuemeneur90")) {
            assertTrue(policy.check(code, ANNAIG, Locale.FRENCH).score() < CodePolicy.MIN_SCORE, code);
            assertTrue(policy.check(code, someoneElse, Locale.FRENCH).score() >= CodePolicy.MIN_SCORE, code);
        }
    }

    @Test
    void userInputsHoldTheNamesWithoutAccentsByPartAndTheDateForms() {
        List<String> inputs = CodePolicy.userInputs(MARIE);

        assertTrue(inputs.containsAll(List.of("dupont", "marie hélène", "marie helene", "mariehelene", "marie",
                "hélène", "helene", "2850575056123", "12051985", "12/05/1985", "19850512", "120585", "1985",
                "mariedupont", "dupont.marie", "helene-dupont", "m.dupont")),
                inputs::toString);
    }

    // The current code: judged by the caller, which holds its hash

    @Test
    void theCurrentCodeIsNeverUnmetHereAndIsAddedByTheCaller() {
        Verdict verdict = check("Printemps-Lavande-42");
        assertTrue(verdict.accepted());

        Verdict reused = verdict.with(Rule.NOT_REUSED);

        assertEquals(Set.of(Rule.NOT_REUSED), reused.unmet());
        assertFalse(reused.accepted());
        assertEquals(verdict.score(), reused.score());
        assertTrue(verdict.accepted(), "the first verdict is unchanged");
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
        assertEquals("Entre 12 et 64 caractères", CodePolicy.label(Rule.LENGTH, Locale.FRENCH));
        assertEquals("Pas un mot de passe courant", CodePolicy.label(Rule.NOT_COMMON, Locale.FRANCE));
        assertEquals("Pas fait de vos nom, prénoms, numéro de sécurité sociale ou date de naissance",
                CodePolicy.label(Rule.NO_PERSONAL_DATA, Locale.FRENCH));
        assertEquals("Difficile à deviner", CodePolicy.label(Rule.NOT_GUESSABLE, Locale.FRENCH));
        assertEquals("Not a common password", CodePolicy.label(Rule.NOT_COMMON, Locale.UK));
        assertEquals("Different from your current code", CodePolicy.label(Rule.NOT_REUSED, Locale.ENGLISH));
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
            assertEquals("Pas un mot de passe courant", CodePolicy.label(Rule.NOT_COMMON, Locale.FRENCH));
            assertEquals("Pas un mot de passe courant", CodePolicy.label(Rule.NOT_COMMON, Locale.GERMAN));
            assertEquals("Pas un mot de passe courant", CodePolicy.label(Rule.NOT_COMMON, null));
            Locale.setDefault(Locale.FRENCH);
            assertEquals("Not a common password", CodePolicy.label(Rule.NOT_COMMON, Locale.ENGLISH));
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
