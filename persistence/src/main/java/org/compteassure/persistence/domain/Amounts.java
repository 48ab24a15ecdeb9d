package org.compteassure.persistence.domain;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Euro amounts: the one place where they are read and written, so that screens, PDFs and e-mails agree.
 * Amounts are {@link BigDecimal}s of scale 2, never rounded behind the user's back.
 */
public final class Amounts {

    private static final Currency EURO = Currency.getInstance("EUR");
    private static final Map<Locale, NumberFormat> FORMATS = new ConcurrentHashMap<>();
    private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]+([.,][0-9]+)?");

    private Amounts() {
    }

    /**
     * Reads an amount as typed: "12,5", "12.50", "1 234,50 €"; spaces and the euro sign are ignored.
     *
     * @throws IllegalArgumentException if it is not a decimal number, or has more than 2 decimals
     */
    public static BigDecimal euros(String amount) {
        String compact = Codes.compact(amount).replace("€", "");
        if (!DECIMAL.matcher(compact).matches()) {
            throw new IllegalArgumentException("Not an amount: " + amount);
        }
        return euros(new BigDecimal(compact.replace(',', '.')));
    }

    /**
     * Returns the amount with scale 2.
     *
     * @throws IllegalArgumentException if it has more than 2 decimals (trailing zeros aside)
     */
    public static BigDecimal euros(BigDecimal amount) {
        try {
            return amount.setScale(2);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("More than 2 decimals: " + amount.toPlainString(), e);
        }
    }

    /** "1 234,50 €" in French (no-break spaces as the JDK's locale data has them), "€1,234.50" in English. */
    public static String format(BigDecimal amount, Locale locale) {
        // A page shows a hundred amounts: copying a prepared format is much cheaper than building one (not thread-safe).
        NumberFormat format = (NumberFormat) FORMATS.computeIfAbsent(locale, Amounts::currencyFormat).clone();
        return format.format(euros(Objects.requireNonNull(amount)));
    }

    private static NumberFormat currencyFormat(Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(EURO);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format;
    }
}
