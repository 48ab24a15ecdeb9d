package org.compteassure.service.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** The check the PDF tests rely on does catch what the portal's PDFs used to be. */
class PdfUaTest {

    @Test
    void anUntaggedPdfWithAStandardFontFails() throws IOException {
        byte[] pdf;
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                FundPdf.line(content, new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11, 50, 700, "Madame,");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            pdf = out.toByteArray();
        }
        List<String> failed = PdfUa.failedRules("an untagged PDF", pdf);
        assertTrue(failed.stream().anyMatch(rule -> rule.startsWith("7.1-")), "no structure, no marked content: " + failed);
        assertTrue(failed.stream().anyMatch(rule -> rule.startsWith("7.21.4.1-")), "an unembedded font: " + failed);
    }
}
