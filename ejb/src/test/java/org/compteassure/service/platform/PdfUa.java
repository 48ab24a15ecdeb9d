package org.compteassure.service.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF's PDF/UA-1 profile (the machine-checkable Matterhorn conditions) on a PDF the portal made. */
public final class PdfUa {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfUa() {
    }

    /** Fails with each failed rule's clause, test number, description and where, if any rule fails. */
    public static void assertCompliant(String what, byte[] pdf) {
        List<String> failed = failedRules(what, pdf);
        assertTrue(failed.isEmpty(), () -> what + " is not PDF/UA-1:\n" + String.join("\n", failed));
    }

    /** Each failed rule as its clause and test number, its description and where it failed. */
    static List<String> failedRules(String what, byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFUA_1);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            assertTrue(result.getTotalAssertions() > 0, "veraPDF checked something");
            List<String> failed = result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .map(assertion -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
                            + " " + assertion.getMessage() + " at " + assertion.getLocation().getContext())
                    .distinct().toList();
            assertEquals(failed.isEmpty(), result.isCompliant(), "veraPDF's verdict");
            return failed;
        } catch (Exception e) {
            return fail(what + " could not be validated", e);
        }
    }
}
