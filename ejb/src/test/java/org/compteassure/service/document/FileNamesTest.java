package org.compteassure.service.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FileNamesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);

    @Test
    void whatWhoAndTheDayInAsciiLowerCase() {
        assertEquals("attestation-droits-lea-dupont-2026-12-02.pdf",
                FileNames.of("attestation-droits", "Léa Marie", "DUPONT", DAY));
        assertEquals("releve-2026-11-lukasz-zolc-nguyen-2026-12-02.pdf",
                FileNames.of("releve-2026-11", "Łukasz", "ŻÓŁĆ-NGUYỄN", DAY));
        assertEquals("attestation-ij-thorunn-gudmundsdottir-2026-12-02.pdf",
                FileNames.of("attestation-ij", "Þórunn", "Guðmundsdóttir", DAY));
        assertEquals("certificat-provisoire-jean-pierre-l-oeuvre-2026-12-02.pdf",
                FileNames.of("certificat-provisoire", " Jean-Pierre ", "L'ŒUVRE", DAY));
        assertEquals("releve-fiscal-2025-2026-12-02.pdf", FileNames.of("releve-fiscal-2025", "李", "😀", DAY));
    }
}
