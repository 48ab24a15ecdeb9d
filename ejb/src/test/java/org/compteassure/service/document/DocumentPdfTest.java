package org.compteassure.service.document;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.compteassure.service.platform.Letterhead;
import org.compteassure.service.platform.PdfUa;
import org.junit.jupiter.api.Test;

class DocumentPdfTest {

    private static final String CODE = "7KQ2-M9XD-4TBN-R0HC";

    @Test
    void aLongTableContinuesOnNewPagesWithItsHeaderAndTheCodeEndsTheDocument() throws IOException {
        DocumentPdf.Content content = longStatement();
        byte[] pdf = render(content);
        Path sample = Path.of("target", "document-sample.pdf");
        Files.write(sample, pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() >= 3, "120 rows need several pages");
            assertEquals("Relevé mensuel des paiements", document.getDocumentInformation().getTitle());
            assertEquals("fr-FR", document.getDocumentCatalog().getLanguage());
            assertEquals(PDRectangle.A4.getHeight(), document.getPage(1).getMediaBox().getHeight(), 0.5);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String second = stripper.getText(document);
            assertTrue(second.contains("Payé le") && second.contains("Caisse primaire d'assurance maladie de Paris"),
                    "the heading and the table's header again: " + second);
            assertTrue(text(document).startsWith("Caisse primaire d'assurance maladie de Paris\n21 rue Georges Auric\n"
                    + "75948 Paris Cedex 19\nCompte Assuré\n"), "the fund's name and address on top, no host");
            String all = new PDFTextStripper().getText(document);
            assertTrue(all.contains("DUPONT Zoé"), all);
            assertTrue(all.contains("Consultation n° 120") && all.contains("2 400,00 €"), "every row and the total");
            assertTrue(all.strip().contains(CODE), "the code as text");
            assertNotNull(document.getPage(document.getNumberOfPages() - 1).getContents());
        }
    }

    /** Each kind of document the fund issues, shaped as DocumentService shapes it, is PDF/UA-1. */
    @Test
    void everyKindOfDocumentIsTaggedPdfUa() {
        List<String[]> person = List.of(new String[] {"Nom et prénoms", "NGUYỄN Łukasz Żółć"},
                new String[] {"Date de naissance", "14/07/1985"}, new String[] {"N° de sécurité sociale", "1 85 07 75 112 023 64"},
                new String[] {"Adresse", "12 RUE DES LILAS, 75011 PARIS"}, new String[] {"Période", "du 01/10/2026 au 31/10/2026"});
        List<List<String>> payments = List.of(
                List.of("02/11/2026", "Łukasz NGUYỄN", "Consultation chez un médecin généraliste", "28/10/2026", "26,50 €"),
                List.of("05/11/2026", "Þórunn NGUYỄN", "Pharmacie", "03/11/2026", "12,30 €"));
        List<List<String>> allowances = List.of(
                List.of("du 01/10/2026 au 15/10/2026", "15", "750,00 €", "50,25 €", "699,75 €", "20/10/2026"));
        List<String> allowanceHeaders = List.of("Période", "Jours", "Brut", "CSG et CRDS", "Net versé", "Payé le");
        List<String> allowanceTotals = List.of("Total", "15", "750,00 €", "50,25 €", "699,75 €", "");
        assertAll(
                () -> PdfUa.assertCompliant("the attestation of rights", render(new DocumentPdf.Content(
                        "Attestation de droits", person, List.of("Cette attestation certifie vos droits.",
                        "Elle concerne un enfant rattaché."), List.of(), List.of(), CODE, URL, CHECK))),
                () -> PdfUa.assertCompliant("the attestation of daily allowances", render(new DocumentPdf.Content(
                        "Attestation de paiement d'indemnités journalières", person, List.of("Les indemnités versées."),
                        List.of(new DocumentPdf.Table("Indemnités versées", allowanceHeaders, allowances, allowanceTotals)),
                        List.of(), CODE, URL, CHECK))),
                () -> PdfUa.assertCompliant("the monthly statement", render(new DocumentPdf.Content(
                        "Relevé mensuel des paiements", person, List.of("Vos paiements d'octobre 2026."),
                        List.of(new DocumentPdf.Table("Paiements du mois", List.of("Payé le", "Pour", "Nature",
                                "Date des soins", "Montant payé"), payments, List.of("Total versé", "", "", "", "38,80 €"))),
                        List.of(), CODE, URL, CHECK))),
                () -> PdfUa.assertCompliant("an empty monthly statement", render(new DocumentPdf.Content(
                        "Relevé mensuel des paiements", person, List.of("Aucun paiement ce mois-ci."), List.of(),
                        List.of(), CODE, URL, CHECK))),
                () -> PdfUa.assertCompliant("the tax statement", render(new DocumentPdf.Content("Relevé fiscal",
                        person, List.of("Les indemnités de 2025."), List.of(new DocumentPdf.Table("Indemnités versées",
                        allowanceHeaders, allowances, allowanceTotals)), List.of(), CODE, URL, CHECK))),
                () -> PdfUa.assertCompliant("the provisional certificate", render(new DocumentPdf.Content(
                        "Certificat provisoire de remplacement", person, List.of("Ce certificat remplace la carte."),
                        List.of(), List.of(), CODE, URL, CHECK))),
                () -> PdfUa.assertCompliant("a statement of several pages", render(longStatement())));
    }

    @Test
    void namesPrintAsTyped() throws IOException {
        String[] names = {"Łukasz Żółć-Nguyễn", "Þórunn Guðmundsdóttir", "Őrsi Kovács", "Ștefan Țăranu", "Çağrı Yılmaz"};
        List<String[]> identity = new ArrayList<>();
        for (String name : names) {
            identity.add(new String[] {"Nom", name});
        }
        byte[] pdf = render(new DocumentPdf.Content("Attestation de droits", identity, List.of(), List.of(), List.of(),
                CODE, URL, CHECK));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            for (String name : names) {
                assertTrue(text.contains(name), () -> name + " in\n" + text);
            }
            assertFalse(text.substring(0, text.indexOf(CHECK)).contains("?"), "no name lost a letter: " + text);
        }
    }

    @Test
    void aDateIsNeverBrokenAcrossLines() throws IOException {
        List<List<String>> rows = List.of(List.of("02/11/2026", "Łukasz NGUYỄN-DUPONT DE LA VILLARDIÈRE",
                "Consultation chez un médecin spécialiste en dermatologie, dépassement compris", "28/10/2026",
                "1 226,50 €"));
        byte[] pdf = render(new DocumentPdf.Content("Relevé mensuel des paiements", List.of(), List.of(),
                List.of(new DocumentPdf.Table("Paiements du mois", List.of("Payé le", "Pour", "Nature",
                        "Date des soins", "Montant payé"), rows, List.of("Total versé", "", "", "", "1 226,50 €"))),
                List.of(), CODE, URL, CHECK));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            String text = stripper.getText(document);
            assertTrue(text.contains("02/11/2026") && text.contains("28/10/2026") && text.contains("1 226,50 €"), text);
        }
        float[] widths = DocumentPdf.columnWidths(new float[] {50, 40, 60}, new float[] {50, 200, 300}, 400);
        assertTrue(widths[0] >= 50 && widths[1] >= 40 && widths[2] >= 60, "each column holds its longest word");
        assertEquals(400, widths[0] + widths[1] + widths[2], 0.01);
    }

    private static final String URL = "https://compte.example.fr/verifier?code=" + CODE;
    private static final String CHECK = "Vérifiez ce document avec ce code :";

    private static byte[] render(DocumentPdf.Content content) {
        return new DocumentPdf(new Letterhead("Caisse primaire d'assurance maladie de Paris",
                List.of("21 rue Georges Auric", "75948 Paris Cedex 19"))).render(content);
    }

    private static String text(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setLineSeparator("\n");
        return stripper.getText(document);
    }

    private static DocumentPdf.Content longStatement() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            rows.add(List.of(String.format("%02d/10/2026", i % 28 + 1), "Lou TESTEUR", "Consultation n° " + i, "20,00 €"));
        }
        return new DocumentPdf.Content("Relevé mensuel des paiements",
                List.<String[]>of(new String[] {"Nom et prénoms", "DUPONT Zoé 😀"}, new String[] {"Période", "du 01/10/2026 au 31/10/2026"}),
                List.of("Voici tous les paiements que la caisse vous a versés en octobre 2026."),
                List.of(new DocumentPdf.Table("Paiements du mois", List.of("Payé le", "Pour", "Nature", "Montant payé"),
                        rows, List.of("Total versé", "", "", "2 400,00 €"))),
                List.of(), CODE, "http://localhost:8080/verifier?code=" + CODE, "Vérifiez ce document avec ce code :");
    }

    @Test
    void codesHave80RandomBitsAndAreReadLeniently() {
        String code = VerificationCode.generate();
        assertEquals(16, code.length(), "16 characters of 5 bits");
        assertEquals(code, VerificationCode.normalize(VerificationCode.grouped(code).toLowerCase()));
        assertEquals("0110000000000000", VerificationCode.normalize("OIL0 0000 0000 0000"));
        assertEquals(null, VerificationCode.normalize("ABCD-EFGH-JKMN-PQR"));
        assertEquals(null, VerificationCode.normalize("ABCD-EFGH-JKMN-PQRU"), "U is not in the alphabet");
        assertEquals(null, VerificationCode.normalize("x".repeat(10_000)));
    }
}
