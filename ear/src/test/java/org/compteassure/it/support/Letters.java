package org.compteassure.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** An adviser printing the waiting letters, and reading a person's provisional code off the print run. */
public final class Letters {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{8})\\b");

    private Letters() {
    }

    /** Logs in as the given adviser on a fresh site, prints the run, and returns the PDF's text page by page. */
    public static String[] printRun(String base, String adviser, String password) {
        Site staff = new Site(base);
        HttpResponse<String> desk = StaffLogin.over(staff, adviser, password);
        assertEquals(true, desk.uri().getPath().endsWith("/conseiller/messagerie"), "adviser logged in: " + desk.uri());
        HttpResponse<byte[]> pdf = staff.download("/conseiller/courriers", "print");
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String[] pages = new String[document.getNumberOfPages()];
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 0; i < pages.length; i++) {
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                pages[i] = stripper.getText(document);
            }
            return pages;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The 8-digit provisional code on the page addressed to this person. */
    public static String codeFor(String[] pages, String givenNames) {
        for (String page : pages) {
            if (page.contains(givenNames)) {
                Matcher code = CODE.matcher(page);
                if (code.find()) {
                    return code.group(1);
                }
            }
        }
        throw new AssertionError("No letter for " + givenNames + " in the print run");
    }
}
