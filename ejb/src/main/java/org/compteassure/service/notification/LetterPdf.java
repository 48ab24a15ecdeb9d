package org.compteassure.service.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.compteassure.persistence.domain.Dates;
import org.compteassure.service.platform.FundPdf;
import org.compteassure.service.platform.Letterhead;
import org.compteassure.service.platform.TaggedPdf;

/**
 * Prints postal letters: a print run of {@link Letter}s becomes one PDF with one A4 page per letter, in French.
 * <p>
 * Each page has the fund's heading at the top left, the recipient's block where a French DL window envelope shows
 * it (AFNOR NF Z10-011: 100 mm from the left edge, 50 mm from the top, 6 lines; a long line makes the block's type
 * smaller rather than leave the window), the date, the subject in bold, the paragraphs wrapped to the page, and
 * the code, if any, in a box of large monospaced digits after the first paragraph.
 * <p>
 * Fonts, heading and printable text come from {@link FundPdf}, shared with the fund's documents; the file is a
 * tagged PDF/UA-1 ({@link TaggedPdf}): one Sect per letter, its subject an H1, every other block a P, the code's
 * frame an artifact. Nothing is logged: a letter may carry a code. Instances are thread-safe. Nothing is written
 * to disk.
 */
public class LetterPdf {

    private static final float MM = FundPdf.MM;
    private static final float PAGE_HEIGHT = FundPdf.PAGE_HEIGHT;
    private static final float LEFT = FundPdf.LEFT;
    private static final float TEXT_WIDTH = FundPdf.TEXT_WIDTH;
    private static final float BOTTOM = 20 * MM;

    /** The envelope's window (NF Z10-011): the block starts 100 mm from the left, its first line 50 mm down. */
    private static final float ADDRESS_LEFT = 100 * MM;
    private static final float ADDRESS_FIRST_BASELINE = PAGE_HEIGHT - 50 * MM;
    private static final float ADDRESS_WIDTH = 88 * MM;
    private static final float ADDRESS_SIZE = 10;
    /** Below the window and the first fold (99 mm), so the date does not show through the envelope. */
    private static final float DATE_BASELINE = PAGE_HEIGHT - 104 * MM;
    private static final float SUBJECT_BASELINE = PAGE_HEIGHT - 118 * MM;

    private static final float BODY_SIZE = 11;
    private static final float BODY_LEADING = 15;
    private static final float PARAGRAPH_GAP = 8;
    private static final float CODE_SIZE = 24;
    private static final float CODE_SPACING = 2;

    private final Letterhead letterhead;

    /** @param letterhead the fund's name and address, at the top of each letter */
    public LetterPdf(Letterhead letterhead) {
        this.letterhead = Objects.requireNonNull(letterhead, "letterhead");
    }

    /**
     * One PDF for the whole print run, the letters in the given order, each starting on a new A4 page.
     *
     * @throws IllegalArgumentException if there is no letter
     */
    public byte[] render(List<Letter> letters) {
        Objects.requireNonNull(letters, "letters");
        if (letters.isEmpty()) {
            throw new IllegalArgumentException("A print run has at least one letter");
        }
        NoticeTexts texts = NoticeTexts.in(Locale.FRENCH);
        try (TaggedPdf pdf = new TaggedPdf(texts.format("letter.title"), "fr-FR")) {
            for (Letter letter : letters) {
                new Page(pdf, texts).write(Objects.requireNonNull(letter, "letter"));
            }
            return pdf.save();
        } catch (IOException e) {
            throw new UncheckedIOException("Letters not rendered", e);
        }
    }

    /** One letter, written from top to bottom on its page, and on further pages if its text is long. */
    private final class Page {

        private final TaggedPdf pdf;
        private final FundPdf.Fonts fonts;
        private final NoticeTexts texts;
        private PDStructureElement section;
        private float y;

        Page(TaggedPdf pdf, NoticeTexts texts) throws IOException {
            this.pdf = pdf;
            this.fonts = pdf.fonts();
            this.texts = texts;
            pdf.newPage();
        }

        /** A reply sent by post may be longer than a page: the text goes on at the top of a new one. */
        private void continueIfFull() throws IOException {
            if (y < BOTTOM) {
                pdf.newPage();
                y = PAGE_HEIGHT - 20 * MM;
            }
        }

        void write(Letter letter) throws IOException {
            section = pdf.element(pdf.root(), StandardStructureTypes.SECT);
            FundPdf.heading(pdf, section, letterhead);
            recipient(letter);
            String date = FundPdf.printable(fonts.regular, texts.format("letter.date", Dates.prose(letter.date(), Locale.FRENCH)));
            pdf.line(element(StandardStructureTypes.P), fonts.regular, BODY_SIZE, ADDRESS_LEFT, DATE_BASELINE, date);

            y = SUBJECT_BASELINE;
            paragraph(StandardStructureTypes.H1, fonts.bold, texts.format("letter.subject", letter.subject()));
            y -= BODY_LEADING;
            paragraph(fonts.regular, texts.format(letter.sex() == null ? "letter.salutation"
                    : "letter.salutation." + letter.sex().name()));
            for (int i = 0; i < letter.paragraphs().size(); i++) {
                y -= PARAGRAPH_GAP;
                paragraph(fonts.regular, letter.paragraphs().get(i));
                if (i == 0 && letter.code() != null) {
                    codeBox(letter.code());
                }
            }
            y -= PARAGRAPH_GAP + BODY_LEADING;
            paragraph(fonts.regular, texts.format("letter.signature"));
        }

        private PDStructureElement element(String type) {
            return pdf.element(section, type);
        }

        /** The name then the address, one size for the whole block: the largest up to 10 pt that fits the window. */
        private void recipient(Letter letter) throws IOException {
            List<String> lines = new ArrayList<>(1 + letter.addressLines().size());
            lines.add(FundPdf.printable(fonts.regular, letter.recipientName()));
            letter.addressLines().forEach(line -> lines.add(FundPdf.printable(fonts.regular, line)));
            float size = ADDRESS_SIZE;
            for (String line : lines) {
                size = Math.min(size, ADDRESS_WIDTH / FundPdf.width(fonts.regular, 1, line));
            }
            float baseline = ADDRESS_FIRST_BASELINE;
            PDStructureElement block = element(StandardStructureTypes.P);
            for (String line : lines) {
                pdf.line(block, fonts.regular, size, ADDRESS_LEFT, baseline, line);
                baseline -= size * 1.25f;
            }
        }

        /** Wrapped to the text width, from the current position down. */
        private void paragraph(PDFont font, String text) throws IOException {
            paragraph(StandardStructureTypes.P, font, text);
        }

        private void paragraph(String type, PDFont font, String text) throws IOException {
            PDStructureElement element = element(type);
            for (String line : FundPdf.wrap(font, BODY_SIZE, FundPdf.printable(font, text), TEXT_WIDTH)) {
                continueIfFull();
                pdf.line(element, font, BODY_SIZE, LEFT, y, line);
                y -= BODY_LEADING;
            }
        }

        /** The code in large monospaced digits, slightly spaced, centred in a framed box. */
        private void codeBox(String code) throws IOException {
            String digits = FundPdf.printable(fonts.mono, code);
            float textWidth = FundPdf.width(fonts.mono, CODE_SIZE, digits) + CODE_SPACING * digits.length();
            float boxWidth = Math.min(TEXT_WIDTH, Math.max(70 * MM, textWidth + 16 * MM));
            float boxHeight = CODE_SIZE + 20;
            float top = y - 4;
            float boxLeft = LEFT + (TEXT_WIDTH - boxWidth) / 2;
            pdf.artifact(frame -> {
                frame.setLineWidth(1.5f);
                frame.addRect(boxLeft, top - boxHeight, boxWidth, boxHeight);
                frame.stroke();
            });
            pdf.marked(element(StandardStructureTypes.P), content -> {
                content.beginText();
                content.setFont(fonts.mono, CODE_SIZE);
                content.setCharacterSpacing(CODE_SPACING);
                content.newLineAtOffset(boxLeft + (boxWidth - textWidth) / 2, top - boxHeight / 2 - CODE_SIZE * 0.3f);
                content.showText(digits);
                content.setCharacterSpacing(0);
                content.endText();
            });
            y = top - boxHeight - BODY_LEADING;
        }
    }
}
