package org.compteassure.web.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.compteassure.service.payment.MonthAmount;
import org.compteassure.web.platform.Formats;

/**
 * The geometry of the bar chart "amounts reimbursed per month", drawn by the view as inline SVG on the server (no
 * script: the CSP forbids inline code and the chart must work without JavaScript). Units are the SVG's viewBox.
 */
public final class MonthChart {

    static final int HEIGHT = 220;
    private static final int LEFT = 8;
    private static final int TOP = 24;
    private static final int BASELINE = 190;
    private static final int STEP = 26;
    private static final int BAR = 18;

    /**
     * One month's bar; {@code labelled} months carry their name under the axis. The texts are formatted once here:
     * the view shows each twice (bar and data table), and formatting calls in EL cost more than the rest of the row.
     */
    public record Bar(YearMonth month, BigDecimal amount, int x, int y, int height, int labelX, boolean labelled,
                      String monthName, String shortName, String amountText) {
    }

    private final List<Bar> bars = new ArrayList<>();
    private final BigDecimal max;
    private final String maxText;

    public MonthChart(List<MonthAmount> months, Locale locale) {
        BigDecimal highest = months.stream().map(MonthAmount::amount).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        this.max = niceCeiling(highest);
        this.maxText = Formats.amountText(max, locale);
        int every = months.size() <= 12 ? 1 : 3;
        for (int i = 0; i < months.size(); i++) {
            MonthAmount month = months.get(i);
            int height = max.signum() == 0 ? 0 : month.amount().multiply(BigDecimal.valueOf(BASELINE - TOP))
                    .divide(max, 0, RoundingMode.HALF_UP).intValue();
            int x = LEFT + i * STEP;
            // Labels count back from the newest month, so that the current month is always named.
            bars.add(new Bar(month.month(), month.amount(), x, BASELINE - height, height, x + BAR / 2,
                    (months.size() - 1 - i) % every == 0, Formats.monthName(month.month(), locale),
                    Formats.shortMonthName(month.month(), locale), Formats.amountText(month.amount(), locale)));
        }
    }

    /** The top of the scale: 1, 2 or 5 times a power of ten, at least the highest month. */
    static BigDecimal niceCeiling(BigDecimal highest) {
        if (highest.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal power = BigDecimal.ONE;
        while (power.multiply(BigDecimal.TEN).compareTo(highest) < 0) {
            power = power.multiply(BigDecimal.TEN);
        }
        while (power.compareTo(highest) >= 0 && power.compareTo(BigDecimal.ONE) > 0) {
            power = power.divide(BigDecimal.TEN);
        }
        for (int factor : new int[] {1, 2, 5, 10}) {
            BigDecimal candidate = power.multiply(BigDecimal.valueOf(factor));
            if (candidate.compareTo(highest) >= 0) {
                return candidate.setScale(2);
            }
        }
        return power.multiply(BigDecimal.TEN).setScale(2);
    }

    public List<Bar> getBars() {
        return bars;
    }

    public BigDecimal getMax() {
        return max;
    }

    public String getMaxText() {
        return maxText;
    }

    public int getWidth() {
        return LEFT * 2 + bars.size() * STEP;
    }

    public int getHeight() {
        return HEIGHT;
    }

    public int getTop() {
        return TOP;
    }

    public int getBaseline() {
        return BASELINE;
    }

    public int getBarWidth() {
        return BAR;
    }

    /** Whether any month has an amount (EL: {@code chart.hasBars()}; "empty" is an EL keyword). */
    public boolean hasBars() {
        return max.signum() != 0;
    }
}
