package org.compteassure.service.payment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.compteassure.service.payment.ImportRefusedException.Reason;

/**
 * The CSV dialect of payment imports (docs/features.md, "The payment feed"): UTF-8, one payment per line, fields separated by
 * {@code ;}, a field may be wrapped in double quotes (then {@code ""} is a quote and {@code ;} is allowed inside);
 * the first line names the columns with {@link PaymentItem#FIELDS}, in any order, absent optional ones allowed.
 */
public final class CsvFormat {

    /** Longest line read; a longer one is reported and skipped, never held in memory. */
    public static final int MAX_LINE = 8192;

    /** Columns the header must have, as every payment needs them. */
    private static final List<String> REQUIRED = List.of("reference", "nir", "kind", "careDate", "actLabel",
            "amountPaid", "status");

    private CsvFormat() {
    }

    /** The column of each field named by the header line. */
    public record Header(Map<String, Integer> columns, int width) {
    }

    /**
     * Reads the header line.
     *
     * @throws ImportRefusedException if it is not a valid header
     */
    public static Header header(String line) {
        List<String> names = line == null ? null : split(line.startsWith("\uFEFF") ? line.substring(1) : line);
        if (names == null) {
            throw new ImportRefusedException(Reason.UNREADABLE_HEADER);
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            if (!PaymentItem.FIELDS.contains(name)) {
                throw new ImportRefusedException(Reason.UNKNOWN_COLUMN, shorten(name));
            }
            if (columns.put(name, i) != null) {
                throw new ImportRefusedException(Reason.DUPLICATE_COLUMN, name);
            }
        }
        List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new ImportRefusedException(Reason.MISSING_COLUMNS, String.join(", ", missing));
        }
        return new Header(Map.copyOf(columns), names.size());
    }

    /** A data line read with the header, or the reason it cannot be read. */
    public static FeedEntry entry(long lineNumber, String line, Header header) {
        List<String> fields = split(line);
        if (fields == null) {
            return FeedEntry.unreadable(lineNumber, "ligne illisible : guillemet non fermé");
        }
        if (fields.size() != header.width()) {
            return FeedEntry.unreadable(lineNumber, "la ligne a " + fields.size() + " colonnes, l'en-tête "
                    + header.width());
        }
        return FeedEntry.of(lineNumber, PaymentItem.of(name -> {
            Integer column = header.columns().get(name);
            return column == null ? null : fields.get(column);
        }));
    }

    /** The fields of a line, or null if a quote is left open. */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>(PaymentItem.FIELDS.size());
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ';') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        fields.add(field.toString());
        return fields;
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
