package org.compteassure.service.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.io.InputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * What every PDF of the fund shares, postal letters and documents alike: the embedded fonts, the fund's heading at
 * the top left of an A4 page, text the fonts can print, and word wrap. Here, in the platform, so that the features
 * that print (notification, document) share it without depending on each other; each PDF is a {@link TaggedPdf}.
 * <p>
 * The fonts are Liberation Sans and Liberation Mono (SIL Open Font License, from the {@code openpdf-fonts-extra}
 * jar), embedded as subsets: PDF/UA forbids unembedded standard fonts, and they cover Latin Extended and Vietnamese,
 * so names print as typed (« Łukasz Żółć-Nguyễn »); their metrics are Helvetica's and Courier's, so the layout is
 * the one the standard fonts gave. A character they still lack is replaced by its unaccented letter, by "?", or left
 * out (an emoji), so that no name stops a document.
 */
public final class FundPdf {

    public static final float MM = 72f / 25.4f;
    public static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();
    public static final float LEFT = 20 * MM;
    public static final float TEXT_WIDTH = PDRectangle.A4.getWidth() - 2 * LEFT;
    private static final float HEADING_LEADING = 13;

    /** The heading's words, in French like every paper of the fund ({@code fund-pdf_fr.properties}). */
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("org.compteassure.service.platform.fund-pdf",
            Locale.FRENCH, FundPdf.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private FundPdf() {
    }

    /** The fonts, embedded in one document (as subsets of what it prints): a font object belongs to its document. */
    public static final class Fonts {
        public final PDFont regular;
        public final PDFont bold;
        public final PDFont mono;

        Fonts(PDDocument document) throws IOException {
            regular = load(document, "LiberationSans-Regular");
            bold = load(document, "LiberationSans-Bold");
            mono = load(document, "LiberationMono-Bold");
        }

        private static PDFont load(PDDocument document, String name) throws IOException {
            try (InputStream file = FundPdf.class.getClassLoader().getResourceAsStream("liberation/" + name + ".ttf")) {
                if (file == null) {
                    throw new IOException("Font " + name + " missing from the class path (openpdf-fonts-extra)");
                }
                return PDType0Font.load(document, file, true);
            }
        }
    }

    /**
     * The fund's name in bold, its postal address and the service's name, at the top left of the page: content on a
     * document's first page ({@code parent} the element it belongs to), an artifact on the next ones (null).
     *
     * @return the baseline of the heading's last line: content starts below it
     */
    public static float heading(TaggedPdf pdf, PDStructureElement parent, Letterhead letterhead) throws IOException {
        Fonts fonts = pdf.fonts();
        List<String> lines = new ArrayList<>();
        lines.add(printable(fonts.bold, letterhead.fund()));
        letterhead.address().forEach(line -> lines.add(printable(fonts.regular, line)));
        lines.add(printable(fonts.regular, serviceName()));
        float top = PAGE_HEIGHT - 20 * MM;
        float last = top - HEADING_LEADING * (lines.size() - 1);
        if (parent == null) {
            pdf.artifact(content -> {
                for (int i = 0; i < lines.size(); i++) {
                    line(content, i == 0 ? fonts.bold : fonts.regular, i == 0 ? 12 : 10, LEFT,
                            top - HEADING_LEADING * i, lines.get(i));
                }
            });
            return last;
        }
        PDStructureElement block = pdf.element(parent, StandardStructureTypes.P);
        for (int i = 0; i < lines.size(); i++) {
            pdf.line(block, i == 0 ? fonts.bold : fonts.regular, i == 0 ? 12 : 10, LEFT, top - HEADING_LEADING * i,
                    lines.get(i));
        }
        return last;
    }

    /** The fund's name when CA_FUND_NAME is not set. */
    static String defaultFundName() {
        return TEXTS.getString("fund");
    }

    /** What a QR code says to someone who cannot see it: where it leads. */
    public static String qrCodeAlternative(String url) {
        return TEXTS.getString("qr") + " " + url;
    }

    /** The service's name, for a document's metadata (its creator). */
    public static String serviceName() {
        return TEXTS.getString("service");
    }

    /** One line of already printable text at that position (nothing for an empty text). */
    public static void line(PDPageContentStream content, PDFont font, float size, float x, float baseline, String text)
            throws IOException {
        if (text.isEmpty()) {
            return;
        }
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(text);
        content.endText();
    }

    /** Greedy word wrap; a word wider than the line (a long URL) is cut where it must. */
    public static List<String> wrap(PDFont font, float size, String text, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(font, size, candidate) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(font, size, rest) > maxWidth) {
                int cut = rest.offsetByCodePoints(0, 1);
                while (cut < rest.length() && width(font, size, rest.substring(0, rest.offsetByCodePoints(cut, 1)))
                        <= maxWidth) {
                    cut = rest.offsetByCodePoints(cut, 1);
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    public static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /**
     * The text as the font can print it: spaces and control characters become one space, invisible format characters
     * nothing; a character the font lacks becomes its base letter ("ő" → "o"), else "?" for a letter or digit, else nothing (an emoji).
     */
    public static String printable(PDFont font, String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder printable = new StringBuilder(composed.length());
        composed.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                printable.append(' ');
            } else if (Character.getType(c) == Character.FORMAT) {
                // Invisible joiners (of an emoji sequence): nothing to print, and noise in the text a reader copies.
                return;
            } else if (canPrint(font, c)) {
                printable.appendCodePoint(c);
            } else {
                String base = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFD);
                int before = printable.length();
                base.codePoints().filter(b -> Character.getType(b) != Character.NON_SPACING_MARK && canPrint(font, b))
                        .forEach(printable::appendCodePoint);
                if (printable.length() == before && Character.isLetterOrDigit(c)) {
                    printable.append('?');
                }
            }
        });
        return printable.toString().replaceAll(" {2,}", " ").strip();
    }

    private static boolean canPrint(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
