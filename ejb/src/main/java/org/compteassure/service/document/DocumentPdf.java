package org.compteassure.service.document;

import io.nayuki.qrcodegen.QrCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.compteassure.service.platform.FundPdf;
import org.compteassure.service.platform.Letterhead;
import org.compteassure.service.platform.TaggedPdf;

/**
 * The one layout of every document the fund issues (attestations, statements, certificates): A4, the fund's heading,
 * the title, the identity block, paragraphs, tables with their totals, and at the end the verification code as text
 * and as a QR code of the public check address. Text is real text (selectable, searchable), tagged for PDF/UA-1
 * ({@link TaggedPdf}: H1 title, P, Table with TH/TD, the QR code a Figure with its alternative text), in French.
 * Long tables continue on further pages, their header repeated there as an artifact.
 */
public final class DocumentPdf {

    private static final float MM = FundPdf.MM;
    private static final float LEFT = FundPdf.LEFT;
    private static final float WIDTH = FundPdf.TEXT_WIDTH;
    private static final float BOTTOM = 20 * MM;
    private static final float BODY = 10.5f;
    private static final float LEADING = 14;
    private static final float CELL = 9;
    private static final float CELL_LEADING = 11.5f;
    private static final float QR_SIZE = 28 * MM;

    /** A table: its caption, column headers, rows of cells, and an optional totals row (null for none). */
    public record Table(String caption, List<String> headers, List<List<String>> rows, List<String> totals) {
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** What a document says, top to bottom. {@code identity} holds label/value pairs. */
    public record Content(String title, List<String[]> identity, List<String> paragraphs, List<Table> tables,
                          List<String> closing, String verificationCode, String verificationUrl,
                          String verificationText) {
        public Content {
            Objects.requireNonNull(title);
            Objects.requireNonNull(verificationCode);
        }
    }

    private final Letterhead letterhead;

    /** @param letterhead the fund's name and address, at the top of each page */
    public DocumentPdf(Letterhead letterhead) {
        this.letterhead = Objects.requireNonNull(letterhead);
    }

    public byte[] render(Content content) {
        try (TaggedPdf pdf = new TaggedPdf(content.title(), "fr-FR")) {
            new Writer(pdf).write(content);
            return pdf.save();
        } catch (IOException e) {
            throw new UncheckedIOException("Document not rendered", e);
        }
    }

    /**
     * Each column gets at least its longest word, so that a date or an amount is never broken; the rest of the
     * width goes to the columns whose text is longer than that, in proportion to what they lack.
     */
    static float[] columnWidths(float[] longestWord, float[] natural, float width) {
        int columns = natural.length;
        float minimum = 0;
        float wanted = 0;
        for (int c = 0; c < columns; c++) {
            minimum += longestWord[c];
            wanted += natural[c];
        }
        float[] widths = new float[columns];
        for (int c = 0; c < columns; c++) {
            if (wanted <= width) {
                widths[c] = natural[c] * width / wanted;
            } else if (minimum >= width) {
                widths[c] = longestWord[c] * width / minimum;
            } else {
                widths[c] = longestWord[c] + (natural[c] - longestWord[c]) * (width - minimum) / (wanted - minimum);
            }
        }
        return widths;
    }

    /** Writes from top to bottom, opening a new page when the next block does not fit. */
    private final class Writer {

        private final TaggedPdf pdf;
        private final FundPdf.Fonts fonts;
        private final PDStructureElement root;
        private float y;

        Writer(TaggedPdf pdf) {
            this.pdf = pdf;
            this.fonts = pdf.fonts();
            this.root = pdf.root();
        }

        void write(Content content) throws IOException {
            pdf.newPage();
            y = FundPdf.heading(pdf, root, letterhead) - 12 * MM;
            y -= 6;
            PDStructureElement title = pdf.element(root, StandardStructureTypes.H1);
            for (String line : wrap(fonts.bold, 16, content.title(), WIDTH)) {
                pdf.line(title, fonts.bold, 16, LEFT, y, line);
                y -= 20;
            }
            y -= 4;
            identity(content.identity());
            for (String paragraph : content.paragraphs()) {
                paragraph(fonts.regular, paragraph);
            }
            for (Table table : content.tables()) {
                table(table);
            }
            for (String paragraph : content.closing()) {
                paragraph(fonts.regular, paragraph);
            }
            verification(content);
        }

        private void newPage() throws IOException {
            pdf.newPage();
            y = FundPdf.heading(pdf, null, letterhead) - 12 * MM;
        }

        private void room(float height) throws IOException {
            if (y - height < BOTTOM) {
                newPage();
            }
        }

        /** Labels in bold in a first column, values beside them, in a light frame; each pair one paragraph. */
        private void identity(List<String[]> pairs) throws IOException {
            if (pairs.isEmpty()) {
                return;
            }
            float labelWidth = 0;
            for (String[] pair : pairs) {
                labelWidth = Math.max(labelWidth, FundPdf.width(fonts.bold, BODY, printable(fonts.bold, pair[0])));
            }
            labelWidth = Math.min(labelWidth + 4 * MM, WIDTH / 2);
            float top = y + BODY;
            for (String[] pair : pairs) {
                List<String> values = wrap(fonts.regular, BODY, pair[1], WIDTH - labelWidth - 4 * MM);
                room(LEADING * values.size());
                PDStructureElement element = pdf.element(root, StandardStructureTypes.P);
                pdf.line(element, fonts.bold, BODY, LEFT + 2 * MM, y, printable(fonts.bold, pair[0]));
                for (String value : values) {
                    pdf.line(element, fonts.regular, BODY, LEFT + 2 * MM + labelWidth, y, value);
                    y -= LEADING;
                }
            }
            float bottom = y + LEADING - BODY - 4;
            pdf.artifact(drawn -> {
                drawn.setLineWidth(0.5f);
                drawn.addRect(LEFT, bottom, WIDTH, Math.max(0, top - bottom + 4));
                drawn.stroke();
            });
            y -= LEADING;
        }

        private void paragraph(PDFont font, String text) throws IOException {
            PDStructureElement element = pdf.element(root, StandardStructureTypes.P);
            for (String line : wrap(font, BODY, text, WIDTH)) {
                room(LEADING);
                pdf.line(element, font, BODY, LEFT, y, line);
                y -= LEADING;
            }
            y -= 6;
        }

        private void table(Table table) throws IOException {
            int columns = table.headers().size();
            float[] natural = new float[columns];
            float[] longestWord = new float[columns];
            List<List<String>> all = new ArrayList<>(table.rows());
            all.add(table.headers());
            if (table.totals() != null) {
                all.add(table.totals());
            }
            for (List<String> row : all) {
                for (int c = 0; c < columns; c++) {
                    String cell = printable(fonts.bold, row.get(c));
                    natural[c] = Math.max(natural[c], FundPdf.width(fonts.bold, CELL, cell) + 3 * MM);
                    for (String word : cell.split(" ")) {
                        longestWord[c] = Math.max(longestWord[c], FundPdf.width(fonts.bold, CELL, word) + 3 * MM);
                    }
                }
            }
            float[] widths = columnWidths(longestWord, natural, WIDTH);
            room(LEADING * 3);
            PDStructureElement element = pdf.element(root, StandardStructureTypes.TABLE);
            PDStructureElement caption = pdf.element(element, StandardStructureTypes.CAPTION);
            pdf.line(caption, fonts.bold, BODY, LEFT, y, printable(fonts.bold, table.caption()));
            y -= LEADING;
            row(element, table.headers(), widths, fonts.bold, true, true);
            for (List<String> cells : table.rows()) {
                if (row(element, cells, widths, fonts.regular, false, false)) {
                    row(null, table.headers(), widths, fonts.bold, true, true);
                    row(element, cells, widths, fonts.regular, false, false);
                }
            }
            if (table.totals() != null) {
                row(element, table.totals(), widths, fonts.bold, true, false);
            }
            y -= LEADING;
        }

        /**
         * A row of the table ({@code table} null: the header repeated on a new page, an artifact).
         *
         * @return true if it did not fit and a new page was opened instead (the caller repeats the header)
         */
        private boolean row(PDStructureElement table, List<String> cells, float[] widths, PDFont font, boolean shaded,
                            boolean header) throws IOException {
            List<List<String>> wrapped = new ArrayList<>();
            int lines = 1;
            for (int c = 0; c < cells.size(); c++) {
                List<String> cell = wrap(font, CELL, cells.get(c), widths[c] - 3 * MM);
                wrapped.add(cell);
                lines = Math.max(lines, cell.size());
            }
            float height = lines * CELL_LEADING + 4;
            if (y - height < BOTTOM) {
                newPage();
                if (!shaded) {
                    return true;
                }
            }
            float top = y;
            if (shaded) {
                pdf.artifact(drawn -> {
                    drawn.setNonStrokingColor(0.93f);
                    drawn.addRect(LEFT, top - height, WIDTH, height);
                    drawn.fill();
                    drawn.setNonStrokingColor(0f);
                });
            }
            PDStructureElement row = table == null ? null : pdf.element(table, StandardStructureTypes.TR);
            float x = LEFT;
            for (int c = 0; c < cells.size(); c++) {
                float left = x + 1.5f * MM;
                List<String> cell = wrapped.get(c);
                if (row == null) {
                    pdf.artifact(drawn -> cellLines(drawn, cell, font, left, top));
                } else {
                    PDStructureElement element = header ? pdf.columnHeader(row)
                            : pdf.element(row, StandardStructureTypes.TD);
                    if (cell.stream().anyMatch(line -> !line.isEmpty())) {
                        pdf.marked(element, drawn -> cellLines(drawn, cell, font, left, top));
                    }
                }
                x += widths[c];
            }
            pdf.artifact(drawn -> {
                drawn.setLineWidth(0.3f);
                drawn.moveTo(LEFT, top - height);
                drawn.lineTo(LEFT + WIDTH, top - height);
                drawn.stroke();
            });
            y = top - height;
            return false;
        }

        private void cellLines(PDPageContentStream drawn, List<String> cell, PDFont font, float left, float top)
                throws IOException {
            float baseline = top - CELL - 1;
            for (String line : cell) {
                FundPdf.line(drawn, font, CELL, left, baseline, line);
                baseline -= CELL_LEADING;
            }
        }

        /** The code as text beside the QR code of the check address, so a phone can open it. */
        private void verification(Content content) throws IOException {
            room(QR_SIZE + 8 * MM);
            y -= 4 * MM;
            float top = y;
            QrCode qr = QrCode.encodeText(content.verificationUrl(), QrCode.Ecc.MEDIUM);
            float module = QR_SIZE / (qr.size + 8);
            float origin = LEFT + 4 * module;
            PDRectangle box = new PDRectangle(LEFT, top - QR_SIZE, QR_SIZE, QR_SIZE);
            pdf.figure(root, FundPdf.qrCodeAlternative(content.verificationUrl()), box, drawn -> {
                drawn.setNonStrokingColor(0f);
                for (int row = 0; row < qr.size; row++) {
                    for (int col = 0; col < qr.size; col++) {
                        if (qr.getModule(col, row)) {
                            drawn.addRect(origin + col * module, top - 4 * module - (row + 1) * module, module, module);
                        }
                    }
                }
                drawn.fill();
            });
            float textLeft = LEFT + QR_SIZE + 4 * MM;
            float textWidth = WIDTH - QR_SIZE - 4 * MM;
            y = top - 2 * MM;
            PDStructureElement text = pdf.element(root, StandardStructureTypes.P);
            for (String line : wrap(fonts.regular, BODY, content.verificationText(), textWidth)) {
                pdf.line(text, fonts.regular, BODY, textLeft, y, line);
                y -= LEADING;
            }
            y -= 2;
            pdf.line(pdf.element(root, StandardStructureTypes.P), fonts.mono, 14, textLeft, y,
                    printable(fonts.mono, content.verificationCode()));
            y -= LEADING + 4;
            PDStructureElement address = pdf.element(root, StandardStructureTypes.P);
            for (String line : wrap(fonts.regular, CELL, content.verificationUrl(), textWidth)) {
                pdf.line(address, fonts.regular, CELL, textLeft, y, line);
                y -= CELL_LEADING;
            }
            y = Math.min(y, top - QR_SIZE);
        }

        private List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
            return FundPdf.wrap(font, size, printable(font, text), width);
        }

        private String printable(PDFont font, String text) {
            return FundPdf.printable(font, text == null ? "" : text);
        }
    }
}
