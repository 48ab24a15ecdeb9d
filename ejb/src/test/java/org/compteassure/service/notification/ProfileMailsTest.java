package org.compteassure.service.notification;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProfileMailsTest {

    private final Mails mails = Mails.in(Locale.FRENCH);
    private final Instant when = Instant.parse("2026-11-26T13:32:00Z");

    @Test
    void theEmailChangeLinkSaysHowLongItWorks() {
        MailContent mail = mails.emailChangeLink("Marie", "https://exemple.fr/confirmer-courriel?jeton=abc",
                Duration.ofMinutes(30));
        assertTrue(mail.text().contains("https://exemple.fr/confirmer-courriel?jeton=abc"));
        assertTrue(mail.text().contains("30 minutes"));
    }

    @Test
    void noticesSayWhenInParisTime() {
        assertTrue(mails.emailChanged("Marie", when).text().contains("26 novembre 2026 à 14 h 32"));
        MailContent bank = mails.bankDetailsChanged("Marie", when);
        assertTrue(bank.text().contains("26 novembre 2026 à 14 h 32"));
        assertTrue(bank.text().contains("courrier"), "the mail announces the letter");
    }

    @Test
    void theCardDeclarationCarriesItsReferenceAndTheAttestation() {
        MailContent mail = mails.vitaleLossDeclared("Marie", "CV2026-12345678", when, "https://exemple.fr/espace/documents");
        assertTrue(mail.text().contains("CV2026-12345678"));
        assertTrue(mail.text().contains("https://exemple.fr/espace/documents"));
    }

    @Test
    void theBankLetterHasNoCode() {
        Letter letter = Letter.changed("bankDetailsChanged", "Marie DUPONT", List.of("12 RUE DES LILAS", "75011 PARIS"),
                LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 26));
        assertTrue(letter.paragraphs().get(0).contains("26 novembre 2026"));
        assertFalse(letter.toString().contains("****"));
    }
}
