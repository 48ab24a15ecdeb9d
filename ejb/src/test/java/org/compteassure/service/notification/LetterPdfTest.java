package org.compteassure.service.notification;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.compteassure.persistence.account.InsuredPerson.Sex;
import org.compteassure.persistence.code.OneTimeCode.Reason;
import org.compteassure.service.platform.FundPdf;
import org.compteassure.service.platform.Letterhead;
import org.compteassure.service.platform.PdfUa;
import org.junit.jupiter.api.Test;

class LetterPdfTest {

    private static final float MM = 72f / 25.4f;
    private static final Duration THIRTY_DAYS = Duration.ofDays(30);
    private static final String SERVICE = "https://compte-assure.example.fr";
    private static final LetterPdf PDF = new LetterPdf(new Letterhead("Caisse primaire d'assurance maladie de Paris",
            List.of("21 rue Georges Auric", "75948 Paris Cedex 19")));

    private static final Letter MARIE = Letter.provisionalCode("Mme Marie DUPONT",
            List.of("12 RUE DES LILAS", "BÂTIMENT B", "75011 PARIS", "FRANCE"), LocalDate.of(2026, 11, 26),
            "48291374", THIRTY_DAYS, Reason.CREATION, SERVICE + "/creer-compte");
    private static final Letter JEAN = Letter.provisionalCode("M. Jean MARTIN",
            List.of("3 CHEMIN DE LA PLAGE", "20000 AJACCIO", "FRANCE"), LocalDate.of(2026, 12, 1),
            "00713305", THIRTY_DAYS, Reason.FORGOTTEN, SERVICE + "/code-oublie");
    private static final Letter SOPHIE = Letter.provisionalCode("Mme Sophie LEROY",
            List.of("LIEU-DIT LES ÉCHELLES", "35000 RENNES", "FRANCE"), LocalDate.of(2027, 2, 3),
            "99120456", THIRTY_DAYS, Reason.REACTIVATION, SERVICE + "/reactiver");

    @Test
    void onePrintRunOneA4PagePerLetter() throws IOException {
        byte[] pdf = PDF.render(List.of(MARIE, JEAN, SOPHIE));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(3, document.getNumberOfPages());
            for (PDPage page : document.getPages()) {
                assertEquals(PDRectangle.A4.getWidth(), page.getMediaBox().getWidth(), 0.01);
                assertEquals(PDRectangle.A4.getHeight(), page.getMediaBox().getHeight(), 0.01);
            }
            assertPage(document, 1, MARIE, "Le 26 novembre 2026", "Objet : Votre code provisoire pour activer votre compte",
                    "Voici votre code provisoire pour activer votre compte Compte Assuré",
                    "https://compte-assure.example.fr/creer-compte", "Si vous n'avez pas demandé la création d'un compte");
            assertPage(document, 2, JEAN, "Le 1er décembre 2026",
                    "Objet : Votre code provisoire pour choisir un nouveau code secret",
                    "Vous avez indiqué avoir oublié votre code secret", "https://compte-assure.example.fr/code-oublie");
            assertPage(document, 3, SOPHIE, "Le 3 février 2027", "Objet : Votre code provisoire pour réactiver votre compte",
                    "réactivation de votre compte", "https://compte-assure.example.fr/reactiver",
                    "votre compte reste fermé");
        }
    }

    @Test
    void everyPageHasTheFundsHeadingTheValidityAndTheSignature() throws IOException {
        try (PDDocument document = Loader.loadPDF(PDF.render(List.of(MARIE, JEAN)))) {
            for (int page = 1; page <= 2; page++) {
                String text = oneLine(text(document, page));
                assertAll(
                        () -> assertTrue(text.startsWith("Caisse primaire d'assurance maladie de Paris 21 rue Georges Auric "
                                + "75948 Paris Cedex 19 Compte Assuré"),
                                text),
                        () -> assertTrue(text.contains("Madame, Monsieur,")),
                        () -> assertTrue(text.contains("Ce code est valable 30 jours à compter de son envoi")),
                        () -> assertTrue(text.contains("choisissez votre")),
                        () -> assertTrue(text.contains("Ne communiquez ce code à personne")),
                        () -> assertTrue(text.endsWith("Votre caisse d'assurance maladie — Compte Assuré"), text));
            }
        }
    }

    @Test
    void recipientBlockSitsInTheEnvelopeWindow() throws IOException {
        try (PDDocument document = Loader.loadPDF(PDF.render(List.of(MARIE)))) {
            List<TextPosition> name = positionsOf(document, MARIE.recipientName());
            List<TextPosition> country = positionsOf(document, "FRANCE");
            TextPosition first = name.get(0);

            assertEquals(100, first.getXDirAdj() / MM, 1.0, "mm from the left edge");
            assertEquals(50, first.getYDirAdj() / MM, 5.0, "mm from the top (baseline)");
            assertTrue(country.get(0).getYDirAdj() / MM < 90, "the 5th line is still in the window");
            TextPosition last = name.get(name.size() - 1);
            assertTrue((last.getXDirAdj() + last.getWidthDirAdj()) / MM < 190, "within the window's width");
        }
    }

    @Test
    void aLongAddressLineShrinksTheBlockRatherThanLeaveTheWindow() throws IOException {
        String wide = "WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW";
        Letter letter = Letter.provisionalCode(wide, List.of("MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM", "75011 PARIS"),
                LocalDate.of(2026, 11, 26), "48291374", THIRTY_DAYS, Reason.CREATION, SERVICE);
        try (PDDocument document = Loader.loadPDF(PDF.render(List.of(letter)))) {
            List<TextPosition> name = positionsOf(document, wide);
            TextPosition last = name.get(name.size() - 1);
            assertTrue((last.getXDirAdj() + last.getWidthDirAdj()) / MM <= 188.5, "within the window's width");
        }
    }

    @Test
    void theCodeIsInLargeMonospacedType() throws IOException {
        try (PDDocument document = Loader.loadPDF(PDF.render(List.of(MARIE)))) {
            List<TextPosition> code = positionsOf(document, "48291374");
            assertEquals(8, code.size());
            for (TextPosition digit : code) {
                assertTrue(digit.getFont().getName().contains("LiberationMono-Bold"), digit.getFont().getName());
                assertEquals(24, digit.getFontSizeInPt(), 0.1);
            }
        }
    }

    @Test
    void charactersOutsideTheFontsDoNotStopThePrintRun() throws IOException {
        Letter letter = Letter.provisionalCode("Mme Lœtitia 😀 CŒUR-ŁUKASZEWSKA Ő\u200D\uD83D\uDC69\u200D\uD83D\uDCBB",
                List.of("12\u202FRUE DES ÉCOLES 🏠", "75005 PARIS"), LocalDate.of(2026, 11, 26), "48291374",
                THIRTY_DAYS, Reason.CREATION, SERVICE);

        byte[] pdf = PDF.render(List.of(letter, MARIE));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(2, document.getNumberOfPages());
            String text = text(document, 1);
            assertTrue(text.contains("Mme Lœtitia CŒUR-ŁUKASZEWSKA Ő\n"), text);
            assertTrue(text.contains("12 RUE DES ÉCOLES\n"), text);
            assertTrue(text.contains("48291374"));
        }
    }

    @Test
    void aPrintRunIsTaggedPdfUa() {
        List<String> paragraphs = new ArrayList<>(Collections.nCopies(40, "Une phrase qui prend de la place sur la page."));
        Letter reply = new Letter("Mme Þórunn GUÐMUNDSDÓTTIR", List.of("75011 PARIS"), LocalDate.of(2026, 11, 26),
                "Votre demande", paragraphs, null);
        PdfUa.assertCompliant("a print run of letters", PDF.render(List.of(MARIE, reply, JEAN)));
    }

    @Test
    void theSalutationFollowsTheRegistersSex() throws IOException {
        try (PDDocument document = Loader.loadPDF(PDF.render(List.of(MARIE.to(Sex.FEMALE), JEAN.to(Sex.MALE), SOPHIE)))) {
            assertTrue(text(document, 1).contains("\nMadame,\n"), text(document, 1));
            assertTrue(text(document, 2).contains("\nMonsieur,\n"), text(document, 2));
            assertTrue(text(document, 3).contains("\nMadame, Monsieur,\n"), "unknown: both");
        }
    }

    @Test
    void namesPrintAsTyped() throws IOException {
        Letter letter = Letter.provisionalCode("M. Łukasz ŻÓŁĆ-NGUYỄN", List.of("Þórunn Guðmundsdóttir",
                "Ștefan Țăranu, ŐRSI UTCA 4", "75011 PARIS"), LocalDate.of(2026, 11, 26), "48291374", THIRTY_DAYS,
                Reason.CREATION, SERVICE);
        try (PDDocument document = Loader.loadPDF(PDF.render(List.of(letter)))) {
            String text = text(document, 1);
            assertTrue(text.contains("M. Łukasz ŻÓŁĆ-NGUYỄN\nÞórunn Guðmundsdóttir\nȘtefan Țăranu, ŐRSI UTCA 4\n"), text);
            assertFalse(text.contains("?"), text);
        }
    }

    @Test
    void printableKeepsFrenchAndReplacesTheRest() {
        PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

        assertEquals("Zoé Lœtitia Çà Ÿ « 12,50 € » — l’été", FundPdf.printable(helvetica,
                "Zoé Lœtitia Çà Ÿ «\u00A012,50\u00A0€\u00A0» — l’été"));
        assertEquals("Zoé", FundPdf.printable(helvetica, "Zoe\u0301"));
        assertEquals("Ana S O ? Jo", FundPdf.printable(helvetica, "Ana\tȘ Ő Ł 👍🏽 Jo\n"));
        assertEquals("", FundPdf.printable(helvetica, "😀"));
    }

    @Test
    void aLongUrlIsCutToThePageWidth() throws IOException {
        String url = SERVICE + "/" + "a".repeat(200);
        Letter letter = Letter.provisionalCode("Mme Marie DUPONT", List.of("75011 PARIS"), LocalDate.of(2026, 11, 26),
                "48291374", THIRTY_DAYS, Reason.CREATION, url);
        try (PDDocument document = Loader.loadPDF(PDF.render(List.of(letter)))) {
            for (TextPosition position : positionsOf(document, "aaaaaaaaaa")) {
                assertTrue((position.getXDirAdj() + position.getWidthDirAdj()) / MM <= 190.5);
            }
            assertTrue(oneLine(text(document, 1)).replace(" ", "").contains(url.replace(" ", "")));
        }
    }

    @Test
    void aLetterWithoutCodeHasNoBox() throws IOException {
        Letter letter = new Letter("Mme Marie DUPONT", List.of("75011 PARIS"), LocalDate.of(2026, 11, 26),
                "Votre demande", List.of("Nous avons bien reçu votre demande.", "Elle sera traitée sous 5 jours."), null);
        try (PDDocument document = Loader.loadPDF(PDF.render(List.of(letter)))) {
            String text = text(document, 1);
            assertTrue(text.contains("Objet : Votre demande"));
            assertTrue(text.contains("Nous avons bien reçu votre demande.\nElle sera traitée sous 5 jours."), text);
        }
    }

    @Test
    void aLetterTooLongForOnePageGoesOnOverTheNextPage() throws IOException {
        List<String> paragraphs = new ArrayList<>(Collections.nCopies(40, "Une phrase qui prend de la place sur la page."));
        paragraphs.add("La toute dernière phrase.");
        Letter letter = new Letter("Mme Marie DUPONT", List.of("75011 PARIS"), LocalDate.of(2026, 11, 26),
                "Votre demande", paragraphs, null);
        try (PDDocument document = Loader.loadPDF(PDF.render(List.of(MARIE, letter)))) {
            assertEquals(3, document.getNumberOfPages(), "one page for Marie's code, two for the long letter");
            assertTrue(text(document, 2).contains("Objet : Votre demande"));
            String next = text(document, 3);
            assertTrue(next.contains("La toute dernière phrase.") && next.contains("Votre caisse d'assurance maladie"), next);
        }
    }

    @Test
    void aPrintRunHasLetters() {
        assertThrows(IllegalArgumentException.class, () -> PDF.render(List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Letterhead(" ", List.of()));
    }

    @Test
    void theWindowHoldsSixLines() {
        List<String> six = List.of("1", "2", "3", "4", "5", "6");
        assertThrows(IllegalArgumentException.class, () -> new Letter("Name", six, LocalDate.of(2026, 11, 26),
                "Objet", List.of("Texte"), null));
        assertThrows(IllegalArgumentException.class, () -> new Letter("Name", List.of(), LocalDate.of(2026, 11, 26),
                "Objet", List.of("Texte"), null));
        assertThrows(IllegalArgumentException.class, () -> new Letter(" ", List.of("75011 PARIS"),
                LocalDate.of(2026, 11, 26), "Objet", List.of("Texte"), null));
    }

    @Test
    void aProvisionalCodeHasEightDigitsAndAnAbsoluteUrl() {
        LocalDate date = LocalDate.of(2026, 11, 26);
        List<String> address = List.of("75011 PARIS");
        assertThrows(IllegalArgumentException.class, () -> Letter.provisionalCode("Name", address, date, "1234567",
                THIRTY_DAYS, Reason.CREATION, SERVICE));
        assertThrows(IllegalArgumentException.class, () -> Letter.provisionalCode("Name", address, date, "1234567a",
                THIRTY_DAYS, Reason.CREATION, SERVICE));
        assertThrows(IllegalArgumentException.class, () -> Letter.provisionalCode("Name", address, date, "12345678",
                THIRTY_DAYS, Reason.CREATION, "/creer-compte"));
    }

    @Test
    void aLetterNeverShowsItsCodeOrAddressInToString() {
        String shown = MARIE.toString();
        assertFalse(shown.contains("48291374"));
        assertFalse(shown.contains("LILAS"));
        assertTrue(shown.contains("code=****"));
    }

    private static void assertPage(PDDocument document, int page, Letter letter, String... phrases) throws IOException {
        String text = text(document, page);
        String joined = oneLine(text);
        List<String> expected = new ArrayList<>();
        expected.add(letter.recipientName());
        expected.addAll(letter.addressLines());
        List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
        expected.forEach(line -> checks.add(() -> assertTrue(text.contains(line + "\n"), () -> line + " in\n" + text)));
        checks.add(() -> assertTrue(text.contains(letter.code() + "\n"), "the code"));
        for (String phrase : phrases) {
            checks.add(() -> assertTrue(joined.contains(phrase), () -> phrase + " in\n" + text));
        }
        assertAll(checks);
    }

    private static String text(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setLineSeparator("\n");
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    /** The wrapped paragraphs joined back, so a phrase can be found wherever the line breaks fell. */
    private static String oneLine(String text) {
        return text.replace('\n', ' ').replaceAll(" {2,}", " ").strip();
    }

    /** Where the characters of the first line that contains {@code wanted} were drawn. */
    private static List<TextPosition> positionsOf(PDDocument document, String wanted) throws IOException {
        List<TextPosition> found = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                int at = text.indexOf(wanted);
                if (found.isEmpty() && at >= 0 && positions.size() == text.length()) {
                    found.addAll(positions.subList(at, at + wanted.length()));
                }
                super.writeString(text, positions);
            }
        };
        stripper.getText(document);
        assertFalse(found.isEmpty(), () -> wanted + " not found");
        return found;
    }
}
