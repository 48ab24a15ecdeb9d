package org.compteassure.service.document;

import io.nayuki.qrcodegen.QrCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.compteassure.service.platform.FundPdf;

/**
 * The one layout of every document the fund issues (attestations, statements, certificates): A4, the fund's heading,
 * the title, the identity block, paragraphs, tables with their totals, and at the end the verification code as text
 * and as a QR code of the public check address. Text is real text (selectable, searchable); the title and the
 * language (French) are in the PDF's metadata. Long tables continue on further pages, their header repeated.
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

    private final String serviceAddress;

    /** @param serviceAddress printed in the heading under the service's name (the host of the public address) */
    public DocumentPdf(String serviceAddress) {
        this.serviceAddress = Objects.requireNonNull(serviceAddress);
    }

    public byte[] render(Content content) {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle(content.title());
            information.setCreator(FundPdf.serviceName());
            information.setAuthor(FundPdf.serviceName());
            document.getDocumentCatalog().setLanguage("fr-FR");
            try (Writer writer = new Writer(document)) {
                writer.write(content);
            }
            ByteArrayOutputStream pdf = new ByteArrayOutputStream(32 * 1024);
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Document not rendered", e);
        }
    }

    /** Writes from top to bottom, opening a new page when the next block does not fit. */
    private final class Writer implements AutoCloseable {

        private final PDDocument document;
        private final FundPdf.Fonts fonts = new FundPdf.Fonts();
        private PDPageContentStream page;
        private float y;

        Writer(PDDocument document) {
            this.document = document;
        }

        void write(Content content) throws IOException {
            newPage();
            y -= 6;
            for (String line : wrap(fonts.bold, 16, content.title(), WIDTH)) {
                text(fonts.bold, 16, LEFT, line);
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
            if (page != null) {
                page.close();
            }
            PDPage next = new PDPage(PDRectangle.A4);
            document.addPage(next);
            page = new PDPageContentStream(document, next);
            FundPdf.heading(page, fonts, serviceAddress);
            y = FundPdf.HEADING_BOTTOM - 12 * MM;
        }

        private void room(float height) throws IOException {
            if (y - height < BOTTOM) {
                newPage();
            }
        }

        /** Labels in bold in a first column, values beside them, in a light frame. */
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
                text(fonts.bold, BODY, LEFT + 2 * MM, printable(fonts.bold, pair[0]));
                for (String value : values) {
                    text(fonts.regular, BODY, LEFT + 2 * MM + labelWidth, value);
                    y -= LEADING;
                }
            }
            page.setLineWidth(0.5f);
            page.addRect(LEFT, y + LEADING - BODY - 4, WIDTH, Math.max(0, top - (y + LEADING - BODY - 4) + 4));
            page.stroke();
            y -= LEADING;
        }

        private void paragraph(PDFont font, String text) throws IOException {
            for (String line : wrap(font, BODY, text, WIDTH)) {
                room(LEADING);
                text(font, BODY, LEFT, line);
                y -= LEADING;
            }
            y -= 6;
        }

        /** Column widths follow the widest cell of each column, scaled to the page; cells wrap inside them. */
        private void table(Table table) throws IOException {
            int columns = table.headers().size();
            float[] natural = new float[columns];
            List<List<String>> all = new ArrayList<>(table.rows());
            all.add(table.headers());
            if (table.totals() != null) {
                all.add(table.totals());
            }
            for (List<String> row : all) {
                for (int c = 0; c < columns; c++) {
                    natural[c] = Math.max(natural[c], FundPdf.width(fonts.bold, CELL, printable(fonts.bold, row.get(c))) + 3 * MM);
                }
            }
            float sum = 0;
            for (float w : natural) {
                sum += w;
            }
            float[] widths = new float[columns];
            for (int c = 0; c < columns; c++) {
                widths[c] = natural[c] * WIDTH / sum;
            }
            room(LEADING * 3);
            text(fonts.bold, BODY, LEFT, printable(fonts.bold, table.caption()));
            y -= LEADING;
            row(table.headers(), widths, fonts.bold, true);
            for (List<String> cells : table.rows()) {
                if (row(cells, widths, fonts.regular, false)) {
                    row(table.headers(), widths, fonts.bold, true);
                    row(cells, widths, fonts.regular, false);
                }
            }
            if (table.totals() != null) {
                row(table.totals(), widths, fonts.bold, true);
            }
            y -= LEADING;
        }

        /** @return true if it did not fit and a new page was opened instead (the caller repeats the header) */
        private boolean row(List<String> cells, float[] widths, PDFont font, boolean shaded) throws IOException {
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
                page.setNonStrokingColor(0.93f);
                page.addRect(LEFT, top - height, WIDTH, height);
                page.fill();
                page.setNonStrokingColor(0f);
            }
            float x = LEFT;
            for (int c = 0; c < cells.size(); c++) {
                float baseline = top - CELL - 1;
                for (String line : wrapped.get(c)) {
                    FundPdf.line(page, font, CELL, x + 1.5f * MM, baseline, line);
                    baseline -= CELL_LEADING;
                }
                x += widths[c];
            }
            page.setLineWidth(0.3f);
            page.moveTo(LEFT, top - height);
            page.lineTo(LEFT + WIDTH, top - height);
            page.stroke();
            y = top - height;
            return false;
        }

        /** The code as text beside the QR code of the check address, so a phone can open it. */
        private void verification(Content content) throws IOException {
            room(QR_SIZE + 8 * MM);
            y -= 4 * MM;
            float top = y;
            QrCode qr = QrCode.encodeText(content.verificationUrl(), QrCode.Ecc.MEDIUM);
            float module = QR_SIZE / (qr.size + 8);
            float origin = LEFT + 4 * module;
            page.setNonStrokingColor(0f);
            for (int row = 0; row < qr.size; row++) {
                for (int col = 0; col < qr.size; col++) {
                    if (qr.getModule(col, row)) {
                        page.addRect(origin + col * module, top - 4 * module - (row + 1) * module, module, module);
                    }
                }
            }
            page.fill();
            float textLeft = LEFT + QR_SIZE + 4 * MM;
            float textWidth = WIDTH - QR_SIZE - 4 * MM;
            y = top - 2 * MM;
            for (String line : wrap(fonts.regular, BODY, content.verificationText(), textWidth)) {
                text(fonts.regular, BODY, textLeft, line);
                y -= LEADING;
            }
            y -= 2;
            text(fonts.mono, 14, textLeft, printable(fonts.mono, content.verificationCode()));
            y -= LEADING + 4;
            for (String line : wrap(fonts.regular, CELL, content.verificationUrl(), textWidth)) {
                text(fonts.regular, CELL, textLeft, line);
                y -= CELL_LEADING;
            }
            y = Math.min(y, top - QR_SIZE);
        }

        private void text(PDFont font, float size, float x, String printable) throws IOException {
            FundPdf.line(page, font, size, x, y, printable);
        }

        private List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
            return FundPdf.wrap(font, size, printable(font, text), width);
        }

        private String printable(PDFont font, String text) {
            return FundPdf.printable(font, text == null ? "" : text);
        }

        @Override
        public void close() throws IOException {
            if (page != null) {
                page.close();
            }
        }
    }
}
