package org.compteassure.persistence.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The messages as a person reads them, through a real Validator in each language. */
class ConstraintMessagesTest {

    static class Form {
        @ValidNir
        String nir;

        @ValidNir(keyRequired = false)
        String nirKeyOptional;

        @ValidIban
        String iban;
    }

    enum Language {
        FR(Locale.FRENCH), EN(Locale.ENGLISH);

        final Locale locale;

        Language(Locale locale) {
            this.locale = locale;
        }
    }

    private static ValidatorFactory french;
    private static ValidatorFactory english;

    @BeforeAll
    static void buildValidators() {
        french = validatorFactory(Locale.FRENCH);
        english = validatorFactory(Locale.ENGLISH);
    }

    /**
     * Interpolates in the given locale, as JSF does with the view's locale. With the JDK's default lookup, a French
     * request finds no ValidationMessages_fr and falls back to the JVM's default locale before the French base
     * bundle: on an English JVM it would read ValidationMessages_en. The locator below does not fall back, so that
     * these tests do not depend on the machine's locale.
     */
    private static ValidatorFactory validatorFactory(Locale locale) {
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        MessageInterpolator interpolator = new ResourceBundleMessageInterpolator(l -> ResourceBundle.getBundle(
                ResourceBundleMessageInterpolator.USER_VALIDATION_MESSAGES, l, noFallback));
        return Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new MessageInterpolator() {
                    @Override
                    public String interpolate(String template, Context context) {
                        return interpolator.interpolate(template, context, locale);
                    }

                    @Override
                    public String interpolate(String template, Context context, Locale ignored) {
                        return interpolator.interpolate(template, context, locale);
                    }
                })
                .buildValidatorFactory();
    }

    @AfterAll
    static void close() {
        french.close();
        english.close();
    }

    private static List<String> messages(Language language, String property, String value) {
        Validator validator = (language == Language.FR ? french : english).getValidator();
        Set<ConstraintViolation<Form>> violations = validator.validateValue(Form.class, property, value);
        return violations.stream().map(ConstraintViolation::getMessage).toList();
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            FR | nir            | 1 85 05 78 006 084 9   | Le numéro de sécurité sociale compte 15 caractères ; vous en avez saisi 14.
            FR | nir            | 1 85 05 78 006 084     | Le numéro de sécurité sociale compte 15 caractères ; vous en avez saisi 13.
            FR | nirKeyOptional | 1 85 05 78 006 084 9   | Le numéro de sécurité sociale compte 13 ou 15 caractères (avec la clé) ; vous en avez saisi 14.
            FR | nir            | 1 85 05 78 006 084 92  | La clé ne correspond pas au numéro : vérifiez les 2 derniers chiffres sur votre carte Vitale.
            FR | nirKeyOptional | 1 85 05 78 006 084 92  | La clé ne correspond pas au numéro : vérifiez les 2 derniers chiffres sur votre carte Vitale.
            FR | nir            | 1 85 05 78 0O6 084 91  | Le numéro de sécurité sociale ne contient que des chiffres, sauf 2A ou 2B pour une naissance en Corse : retirez les lettres et les signes.
            FR | nir            | 5 85 05 78 006 084 91  | Le numéro de sécurité sociale commence par 1 ou 2 (3, 4, 7 ou 8 pour un numéro provisoire) : vérifiez le premier chiffre.
            FR | nir            | 1 85 13 78 006 084 91  | Les 4e et 5e chiffres indiquent le mois de naissance, de 01 à 12 : vérifiez-les sur votre carte Vitale.
            FR | nir            | 1 85 05 96 006 084 91  | Les 6e et 7e caractères indiquent le département de naissance (01 à 95, 2A, 2B, 97 ou 98 pour l'outre-mer, 99 pour l'étranger) : vérifiez-les sur votre carte Vitale.
            FR | nir            | '\u00A0'               | Saisissez votre numéro de sécurité sociale, tel qu'il figure sur votre carte Vitale.
            FR | iban           | FR76 3000 6000 0112 3456 7890 18  | Cet IBAN doit compter 27 caractères ; vous en avez saisi 26.
            FR | iban           | FR76 3000 6000 0112 3456 7890 188 | Cet IBAN comporte une erreur de saisie : comparez-le caractère par caractère avec votre RIB.
            FR | iban           | XX76 3000 6000 0112 3456 7890 189 | Un IBAN commence par le code de son pays, par exemple FR pour la France : vérifiez les 2 premières lettres.
            FR | iban           | FR76-3000-6000-0112-3456-7890-189 | Un IBAN ne contient que des lettres et des chiffres : retirez les tirets, les points et les autres signes.
            EN | nir            | 1 85 05 78 006 084 9   | A social security number has 15 characters; you entered 14.
            EN | nirKeyOptional | 1 85 05 78 006 08      | A social security number has 13 or 15 characters (with the key); you entered 12.
            EN | nir            | 1 85 05 78 006 084 92  | The key does not match the number: check the last 2 digits on your carte Vitale.
            EN | iban           | DE89 3704 0044 0532 0130 000      | This IBAN should have 22 characters; you entered 23.
            EN | iban           | GB82 WEST 1234 5698 7654 33       | This IBAN contains a typing error: compare it character by character with your bank details (RIB).
            """)
    void explainsEachProblemInTheUsersLanguage(Language language, String property, String value, String message) {
        assertEquals(List.of(message), messages(language, property, value));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            FR | 1 85 05 78 0O6 084 91
            FR | 5 85 05 78 006 084 91
            FR | 1 85 00 78 006 084 91
            FR | 1 85 05 00 006 084 91
            FR | '\u00A0'
            EN | 1 85 05 78 0O6 084 91
            EN | 5 85 05 78 006 084 91
            EN | 1 85 00 78 006 084 91
            EN | 1 85 05 00 006 084 91
            EN | '\u00A0'
            """)
    void resolvesEveryNirMessage(Language language, String value) {
        assertResolved(messages(language, "nir", value));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            FR | '\u00A0'
            FR | FR76-3000
            FR | US76 3000
            FR | FR76 3000
            FR | FR76 3000 6000 0112 3456 7890 188
            EN | '\u00A0'
            EN | FR76-3000
            EN | US76 3000
            EN | FR76 3000
            EN | FR76 3000 6000 0112 3456 7890 188
            """)
    void resolvesEveryIbanMessage(Language language, String value) {
        assertResolved(messages(language, "iban", value));
    }

    private static void assertResolved(List<String> messages) {
        assertEquals(1, messages.size(), messages::toString);
        String message = messages.get(0);
        assertFalse(message.isBlank() || message.contains("{") || message.contains("ca."), message);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void speaksFrenchByDefaultAndEnglishWhenAsked(Language language) {
        String message = messages(language, "iban", "FR76 3000").get(0);
        assertTrue(message.startsWith(language == Language.FR ? "Cet IBAN" : "This IBAN"), message);
    }

    @Test
    void leavesAbsenceToRequiredAndNotNull() {
        for (Language language : Language.values()) {
            for (String property : List.of("nir", "nirKeyOptional", "iban")) {
                assertEquals(List.of(), messages(language, property, ""));
                assertEquals(List.of(), messages(language, property, null));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "   ", "\t\n", "  \t "})
    void leavesBlankIbansToNotBlank(String value) {
        assertEquals(List.of(), messages(Language.FR, "iban", value));
    }

    /** Faces' required lets blanks through as typed: a NIR field says they are no number, the action never parses them. */
    @ParameterizedTest
    @ValueSource(strings = {" ", "   ", "\t\n", "  \t "})
    void asksForTheNirWhenOnlyBlanksWereTyped(String value) {
        for (String property : List.of("nir", "nirKeyOptional")) {
            assertEquals(List.of("Saisissez votre numéro de sécurité sociale, tel qu'il figure sur votre carte Vitale."),
                    messages(Language.FR, property, value));
            assertEquals(List.of("Enter your social security number, as shown on your carte Vitale."),
                    messages(Language.EN, property, value));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            nir            | 1 85 05 78 006 084 91
            nir            | 185052a00608435
            nirKeyOptional | 1 85 05 78 006 084
            nirKeyOptional | 1 85 05 78 006 084 91
            iban           | fr76 3000 6000 0112 3456 7890 189
            iban           | BE68 5390 0754 7034
            """)
    void acceptsValidInput(String property, String value) {
        assertEquals(List.of(), messages(Language.FR, property, value));
    }
}
