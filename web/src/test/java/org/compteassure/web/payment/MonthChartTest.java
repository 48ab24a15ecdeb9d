package org.compteassure.web.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.compteassure.service.payment.MonthAmount;
import org.compteassure.web.platform.Formats;
import org.junit.jupiter.api.Test;

class MonthChartTest {

    @Test
    void theScaleIsTheNextRoundNumberAboveTheHighestMonth() {
        assertEquals(new BigDecimal("500.00"), MonthChart.niceCeiling(new BigDecimal("345.10")));
        assertEquals(new BigDecimal("100.00"), MonthChart.niceCeiling(new BigDecimal("100.00")));
        assertEquals(new BigDecimal("2.00"), MonthChart.niceCeiling(new BigDecimal("1.50")));
        assertEquals(new BigDecimal("1.00"), MonthChart.niceCeiling(new BigDecimal("0.40")));
        assertEquals(BigDecimal.ZERO, MonthChart.niceCeiling(BigDecimal.ZERO));
    }

    @Test
    void barsAreProportionalAndEveryThirdMonthFromTheNewestIsNamed() {
        List<MonthAmount> months = new ArrayList<>();
        YearMonth first = YearMonth.of(2024, 9);
        for (int i = 0; i < 27; i++) {
            months.add(new MonthAmount(first.plusMonths(i), new BigDecimal(i == 26 ? "50.00" : i == 0 ? "100.00" : "0.00")));
        }
        MonthChart chart = new MonthChart(months, Locale.FRENCH);
        assertTrue(chart.hasBars());
        assertEquals(27, chart.getBars().size());
        MonthChart.Bar oldest = chart.getBars().get(0);
        MonthChart.Bar newest = chart.getBars().get(26);
        assertEquals(chart.getBaseline() - chart.getTop(), oldest.height(), "the highest month fills the scale");
        assertEquals(oldest.height() / 2, newest.height());
        assertEquals(chart.getBaseline(), newest.y() + newest.height());
        assertTrue(newest.labelled());
        assertFalse(chart.getBars().get(25).labelled());
        assertTrue(chart.getBars().get(23).labelled());
        assertTrue(chart.getWidth() > newest.x() + chart.getBarWidth());
        assertEquals("novembre 2026", newest.monthName());
        assertEquals(Formats.amountText(new BigDecimal("100.00"), Locale.FRENCH), chart.getMaxText());
    }

    @Test
    void nothingPaidDrawsNoBar() {
        assertFalse(new MonthChart(List.of(new MonthAmount(YearMonth.of(2026, 1), new BigDecimal("0.00"))), Locale.FRENCH).hasBars());
    }
}
