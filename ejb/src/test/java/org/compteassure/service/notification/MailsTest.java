package org.compteassure.service.notification;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MailsTest {

    private static final Mails FRENCH = Mails.in(Locale.FRENCH);
    private static final Mails ENGLISH = Mails.in(Locale.ENGLISH);
    private static final Duration LINK = Duration.ofMinutes(30);
    private static final Duration CODE = Duration.ofMinutes(10);
    private static final String URL = "https://compte-assure.example.fr/choisir-code?jeton=Zk3x9&source=mail";
    private static final String URL_IN_HTML = "https://compte-assure.example.fr/choisir-code?jeton=Zk3x9&amp;source=mail";
    private static final String SIGNATURE = "Votre caisse d'assurance maladie — Compte Assuré";
    private static final String FORGOT = "J'ai oublié mon code";
    /** 26 November 2026, 14:32 in Paris (winter time, UTC+1). */
    private static final Instant WINTER = Instant.parse("2026-11-26T13:32:00Z");
    private static final Pattern SIX_DIGITS = Pattern.compile("\\b\\d{6}\\b");

    @Test
    void activationLink() {
        MailContent mail = FRENCH.activationLink("Marie", URL, LINK);

        assertEquals("Activez votre compte", mail.subject());
        assertBoth(mail, "Bonjour Marie,", "choisissez votre code secret définitif", "valable 30 minutes",
                "Si vous n'êtes pas à l'origine de cette demande", SIGNATURE);
        assertTrue(mail.text().contains("\n" + URL + "\n"), "the link alone on its line");
        assertTrue(mail.html().contains("href=\"" + URL_IN_HTML + "\""));
        assertTrue(mail.html().contains(">Activer mon compte</a>"));
        assertWellFormed(mail);
    }

    @Test
    void resetLink() {
        MailContent mail = FRENCH.resetLink("Jean", URL, LINK);

        assertEquals("Choisissez un nouveau code secret", mail.subject());
        assertBoth(mail, "Bonjour Jean,", "Vous avez indiqué avoir oublié votre code secret", "valable 30 minutes",
                "« " + FORGOT + " »", "Si vous n'avez rien demandé", SIGNATURE);
        assertTrue(mail.text().contains(URL));
        assertTrue(mail.html().contains("href=\"" + URL_IN_HTML + "\""));
        assertWellFormed(mail);
    }

    @Test
    void reactivationLink() {
        MailContent mail = FRENCH.reactivationLink("Sophie", URL, LINK);

        assertEquals("Réactivez votre compte", mail.subject());
        assertBoth(mail, "Bonjour Sophie,", "réactivation de votre compte", "valable 30 minutes",
                "votre compte reste fermé", SIGNATURE);
        assertTrue(mail.text().contains(URL));
        assertTrue(mail.html().contains(">Réactiver mon compte</a>"));
        assertWellFormed(mail);
    }

    @Test
    void loginCodeStandsAloneAndIsTheOnlySixDigitNumber() {
        MailContent mail = FRENCH.loginCode("Marie", "482913", CODE);

        assertEquals("Votre code de connexion", mail.subject());
        assertFalse(mail.subject().contains("482913"), "the code is not in the subject");
        assertTrue(mail.text().lines().anyMatch("482913"::equals), "the code alone on its line");
        assertEquals(List.of("482913"), sixDigitNumbers(mail.text()));
        assertEquals(List.of("482913"), sixDigitNumbers(mail.html()));
        assertBoth(mail, "Bonjour Marie,", "valable 10 minutes", "ne communiquez ce code à personne", FORGOT, SIGNATURE);
        assertWellFormed(mail);
    }

    @Test
    void loginCodeWithADateLikeCodeOrLeadingZero() {
        MailContent mail = FRENCH.loginCode("Marie", "000042", CODE);

        assertEquals(List.of("000042"), sixDigitNumbers(mail.text()));
        assertEquals(List.of("000042"), sixDigitNumbers(mail.html()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "1234567", "12a456", "１２３４５６", ""})
    void loginCodeIsSixAsciiDigits(String code) {
        assertThrows(IllegalArgumentException.class, () -> FRENCH.loginCode("Marie", code, CODE));
    }

    @Test
    void accountActivated() {
        MailContent mail = FRENCH.accountActivated("Marie");

        assertEquals("Votre compte est activé", mail.subject());
        assertBoth(mail, "Bonjour Marie,", "est maintenant actif", "un code à usage unique vous sera aussi envoyé",
                "Si vous n'êtes pas à l'origine de cette activation", FORGOT, SIGNATURE);
        assertWellFormed(mail);
    }

    @Test
    void codeChangedInParisTime() {
        MailContent mail = FRENCH.codeChanged("Marie", WINTER);

        assertEquals("Votre code secret a été modifié", mail.subject());
        assertBoth(mail, "modifié le 26 novembre 2026 à 14 h 32 (heure de Paris)", "Si vous n'avez pas modifié votre code",
                FORGOT, SIGNATURE);
        assertWellFormed(mail);
    }

    @Test
    void codeChangedInSummerTimeAndOnTheFirst() {
        MailContent summer = FRENCH.codeChanged("Marie", Instant.parse("2026-07-14T07:05:00Z"));
        MailContent first = FRENCH.codeChanged("Marie", Instant.parse("2026-11-30T23:10:00Z"));

        assertTrue(summer.text().contains("le 14 juillet 2026 à 9 h 05 "), summer.text());
        assertTrue(first.text().contains("le 1er décembre 2026 à 0 h 10 "), first.text());
    }

    @Test
    void newDeviceSignInSaysWhenWhichBrowserFromWhichNetworkAndWhatToDoIfNotYou() {
        MailContent mail = FRENCH.newDeviceSignIn("Marie", WINTER, "Firefox (Linux)\n<b>x</b>", "203.0.113.0/24",
                "https://compte-assure.example.fr/espace/activite");

        assertEquals("Nouvelle connexion à votre compte depuis un appareil inconnu", mail.subject());
        assertBoth(mail, "le 26 novembre 2026 à 14 h 32 (heure de Paris)", "réseau 203.0.113.0/24",
                "« Ce n'était pas moi »", "« " + FORGOT + " »", SIGNATURE);
        assertTrue(mail.text().contains("Firefox (Linux) <b>x</b>"), "a line break cannot reshape the mail: " + mail.text());
        assertFalse(mail.html().contains("<b>x</b>"), "escaped in HTML");
        assertTrue(mail.text().contains("\nhttps://compte-assure.example.fr/espace/activite\n"), mail.text());
        assertWellFormed(mail);
    }

    @Test
    void accountLockedSaysUntilWhenAndHowToGetANewCode() {
        MailContent mail = FRENCH.accountLocked("Marie", WINTER);

        assertEquals("Votre compte est bloqué temporairement", mail.subject());
        assertBoth(mail, "jusqu'à 14 h 32 (heure de Paris), le 26 novembre 2026", "« " + FORGOT + " »",
                "Passé ce délai, vous pourrez de nouveau vous connecter", SIGNATURE);
        assertWellFormed(mail);
    }

    @Test
    void accountClosedSaysWhatIsKeptAndHowToReactivate() {
        String reactivate = "https://compte-assure.example.fr/reactiver";
        MailContent mail = FRENCH.accountClosed("Marie", WINTER, reactivate);

        assertEquals("Votre compte est fermé", mail.subject());
        assertBoth(mail, "fermé le 26 novembre 2026 à 14 h 32", "Vos paiements continuent d'être versés",
                "vos documents sont conservés", "réactiver votre compte à tout moment", reactivate,
                "Si vous n'avez pas demandé cette fermeture", SIGNATURE);
        assertTrue(mail.html().contains("href=\"" + reactivate + "\""));
        assertWellFormed(mail);
    }

    @Test
    void escapesEveryValueInHtml() {
        String name = "<script>alert(\"x\")</script> & Zoé";
        String url = "https://compte-assure.example.fr/c?a=1&b=%22%3E";
        MailContent link = FRENCH.activationLink(name, url, LINK);
        MailContent closed = FRENCH.accountClosed(name, WINTER, url);

        for (MailContent mail : List.of(link, closed, FRENCH.loginCode(name, "123456", CODE),
                FRENCH.accountLocked(name, WINTER))) {
            assertFalse(mail.html().contains("<script"), mail.html());
            assertTrue(mail.html().contains("Bonjour &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Zoé,"));
            assertTrue(mail.text().contains("Bonjour " + name + ","), "plain text is not escaped");
        }
        assertTrue(link.html().contains("href=\"https://compte-assure.example.fr/c?a=1&amp;b=%22%3E\""));
    }

    @Test
    void aLineBreakInANameCannotReshapeTheMail() {
        MailContent mail = FRENCH.accountActivated("Marie\r\nBcc: x@example.org");

        assertTrue(mail.text().startsWith("Bonjour Marie Bcc: x@example.org,\n"));
    }

    @Test
    void greetsWithoutANameWhenThereIsNone() {
        assertTrue(FRENCH.accountActivated(null).text().startsWith("Bonjour,\n"));
        assertTrue(FRENCH.accountActivated("  ").text().startsWith("Bonjour,\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "/reactiver", "compte-assure.example.fr/x", "ftp://example.fr/x",
            "https://", "not a url", "https://compte-assure.example.fr/c?b=\"><script>"})
    void linksAreAbsoluteHttpUrls(String url) {
        assertThrows(IllegalArgumentException.class, () -> FRENCH.activationLink("Marie", url, LINK));
        assertThrows(IllegalArgumentException.class, () -> FRENCH.accountClosed("Marie", WINTER, url));
    }

    @Test
    void htmlIsSelfContained() {
        for (MailContent mail : allMails(FRENCH)) {
            String html = mail.html().toLowerCase(Locale.ROOT);
            for (String outside : List.of("<img", "<script", "<link", "<style", "@import", "url(", "src=", "@font-face")) {
                assertFalse(html.contains(outside), () -> outside + " in " + mail.subject());
            }
            assertTrue(html.startsWith("<!doctype html>\n<html lang=\"fr\">"));
            assertTrue(html.contains("<meta charset=\"utf-8\">"));
        }
    }

    @Test
    void apostrophesAreNeitherLostNorDoubled() {
        for (Mails mails : List.of(FRENCH, ENGLISH)) {
            for (MailContent mail : allMails(mails)) {
                for (String part : List.of(mail.subject(), mail.text(), mail.html())) {
                    assertFalse(part.contains("''"), () -> "doubled apostrophe in " + mail.subject());
                    assertFalse(part.contains("{") || part.contains("}"), () -> "placeholder left in " + mail.subject());
                }
            }
        }
        String text = FRENCH.accountLocked("Marie", WINTER).text();
        assertTrue(text.contains("Par sécurité, il est bloqué jusqu'à 14 h 32 (heure de Paris), le 26 novembre 2026."));
        assertTrue(text.contains("Si ce n'est pas vous qui avez essayé de vous connecter, votre compte est protégé"));
    }

    @Test
    void toStringHidesTheBodies() {
        MailContent mail = FRENCH.loginCode("Marie", "482913", CODE);
        assertEquals("MailContent[subject=Votre code de connexion]", mail.toString());
    }

    @Test
    void everyBundleValueDoublesItsApostrophes() throws IOException {
        for (String language : List.of("fr", "en")) {
            Properties bundle = bundle(language);
            for (String key : bundle.stringPropertyNames()) {
                String value = bundle.getProperty(key);
                assertFalse(value.replace("''", "").contains("'"),
                        () -> "mails_" + language + ".properties: " + key + " has a single apostrophe");
            }
        }
    }

    @Test
    void frenchAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> french = bundle("fr").stringPropertyNames();
        Set<String> english = bundle("en").stringPropertyNames();
        assertEquals(french, english);
    }

    @Test
    void englishVariant() {
        MailContent mail = ENGLISH.activationLink("Marie", URL, LINK);

        assertEquals(Locale.ENGLISH, ENGLISH.locale());
        assertEquals("Activate your account", mail.subject());
        assertBoth(mail, "Hello Marie,", "valid for 30 minutes", "If you did not ask for this",
                "Your health insurance fund — Compte Assuré");
        assertTrue(mail.html().startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
        assertTrue(ENGLISH.accountLocked("Marie", WINTER).text()
                .contains("locked until 2:32 PM (Paris time) on 26 November 2026."));
        assertTrue(ENGLISH.resetLink("Marie", URL, LINK).text().contains("“J'ai oublié mon code” (I forgot my code)"));
    }

    @Test
    void frenchUnlessEnglish() {
        assertEquals(Locale.ENGLISH, Mails.in(Locale.UK).locale());
        assertEquals(Locale.FRENCH, Mails.in(Locale.CANADA_FRENCH).locale());
        assertEquals(Locale.FRENCH, Mails.in(Locale.GERMAN).locale());
        assertEquals(Locale.FRENCH, Mails.in(null).locale());
        assertEquals("Activez votre compte", Mails.in(Locale.GERMAN).activationLink("Hans", URL, LINK).subject());
    }

    @Test
    void frenchDoesNotFallBackToAnEnglishDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertEquals("Activez votre compte", Mails.in(Locale.FRENCH).activationLink("Marie", URL, LINK).subject());
            Locale.setDefault(Locale.FRENCH);
            assertEquals("Activate your account", Mails.in(Locale.ENGLISH).activationLink("Marie", URL, LINK).subject());
        } finally {
            Locale.setDefault(before);
        }
    }

    @ParameterizedTest(name = "{0} → {1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            PT1M      | 1 minute                      | 1 minute
            PT10M     | 10 minutes                    | 10 minutes
            PT30M     | 30 minutes                    | 30 minutes
            PT1H      | 1 heure                       | 1 hour
            PT1H30M   | 1 heure et 30 minutes         | 1 hour and 30 minutes
            P1D       | 1 jour                        | 1 day
            P30D      | 30 jours                      | 30 days
            P1DT2H5M  | 1 jour, 2 heures et 5 minutes | 1 day, 2 hours and 5 minutes
            """)
    void durationsInWords(Duration duration, String french, String english) {
        assertEquals(french, NoticeTexts.in(Locale.FRENCH).duration(duration));
        assertEquals(english, NoticeTexts.in(Locale.ENGLISH).duration(duration));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT0S", "-PT30M", "PT30S", "PT10M30S"})
    void durationsAreWholeMinutes(Duration duration) {
        assertThrows(IllegalArgumentException.class, () -> FRENCH.activationLink("Marie", URL, duration));
    }

    @Test
    void aRegionMakesNoDifference() {
        MailContent first = FRENCH.activationLink("Marie", URL, LINK);
        MailContent second = Mails.in(Locale.FRANCE).activationLink("Marie", URL, LINK);
        assertEquals(first, second);
        assertSame(Locale.FRENCH, Mails.in(Locale.FRANCE).locale());
    }

    private static List<MailContent> allMails(Mails mails) {
        return List.of(
                mails.activationLink("Marie", URL, LINK),
                mails.resetLink("Marie", URL, LINK),
                mails.reactivationLink("Marie", URL, LINK),
                mails.loginCode("Marie", "482913", CODE),
                mails.accountActivated("Marie"),
                mails.codeChanged("Marie", WINTER),
                mails.accountLocked("Marie", WINTER),
                mails.accountClosed("Marie", WINTER, "https://compte-assure.example.fr/reactiver"));
    }

    private static void assertBoth(MailContent mail, String... expected) {
        assertAll(Arrays.stream(expected).flatMap(phrase -> {
            String inHtml = Mails.html(phrase);
            return List.<org.junit.jupiter.api.function.Executable>of(
                    () -> assertTrue(mail.text().contains(phrase), () -> "text lacks «" + phrase + "»:\n" + mail.text()),
                    () -> assertTrue(mail.html().contains(inHtml), () -> "html lacks «" + inHtml + "»:\n" + mail.html()))
                    .stream();
        }));
    }

    /** Every mail: greeting first, signature and footer last, no secret code, what to do if it was not you. */
    private static void assertWellFormed(MailContent mail) {
        assertTrue(mail.text().startsWith("Bonjour"));
        assertTrue(mail.text().endsWith("merci de ne pas y répondre.\n"));
        assertTrue(mail.text().contains("Votre caisse ne vous demandera jamais votre code secret"));
        assertTrue(mail.text().contains("Si "), "says what to do if it was not asked for");
        assertTrue(mail.html().endsWith("</html>\n"));
    }

    private static List<String> sixDigitNumbers(String text) {
        Matcher matcher = SIX_DIGITS.matcher(text);
        return matcher.results().map(MatchResult::group).toList();
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MailsTest.class.getResourceAsStream("mails_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
