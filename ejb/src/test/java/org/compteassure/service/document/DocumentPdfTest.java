package org.compteassure.service.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.Test;

class DocumentPdfTest {

    private static final String CODE = "7KQ2-M9XD-4TBN-R0HC";

    @Test
    void aLongTableContinuesOnNewPagesWithItsHeaderAndTheCodeEndsTheDocument() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            rows.add(List.of(String.format("%02d/10/2026", i % 28 + 1), "Lou TESTEUR", "Consultation n° " + i, "20,00 €"));
        }
        DocumentPdf.Content content = new DocumentPdf.Content("Relevé mensuel des paiements",
                List.<String[]>of(new String[] {"Nom et prénoms", "DUPONT Zoé 😀"}, new String[] {"Période", "du 01/10/2026 au 31/10/2026"}),
                List.of("Voici tous les paiements que la caisse vous a versés en octobre 2026."),
                List.of(new DocumentPdf.Table("Paiements du mois", List.of("Payé le", "Pour", "Nature", "Montant payé"),
                        rows, List.of("Total versé", "", "", "2 400,00 €"))),
                List.of(), CODE, "http://localhost:8080/verifier?code=" + CODE, "Vérifiez ce document avec ce code :");
        byte[] pdf = new DocumentPdf("localhost").render(content);
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
            assertTrue(second.contains("Payé le") && second.contains("Caisse d'assurance maladie"),
                    "the heading and the table's header again: " + second);
            String all = new PDFTextStripper().getText(document);
            assertTrue(all.contains("DUPONT Zoé"), all);
            assertTrue(all.contains("Consultation n° 120") && all.contains("2 400,00 €"), "every row and the total");
            assertTrue(all.strip().contains(CODE), "the code as text");
            assertNotNull(document.getPage(document.getNumberOfPages() - 1).getContents());
        }
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
