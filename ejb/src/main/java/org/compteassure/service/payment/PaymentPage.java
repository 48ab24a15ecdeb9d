package org.compteassure.service.payment;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;

/**
 * One page of "Mes paiements": whose care it may show (for the filter), its rows (newest first), the totals and the monthly chart of the whole filtered
 * period, and the months the filter actually covered (clamped to the window).
 *
 * @param page  1-based, clamped to the pages that exist
 * @param first the first month of the window the lists show (the period selects offer it and the months after)
 */
public record PaymentPage(Beneficiaries people, List<PaymentRow> rows, int page, int pages, PaymentTotals totals, List<MonthAmount> months,
                          YearMonth from, YearMonth to, YearMonth first) implements Serializable {
}
