package org.compteassure.service.payment;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;

/** The amount reimbursed (paid care) in one month of care, for the chart and its data table. */
public record MonthAmount(YearMonth month, BigDecimal amount) implements Serializable {
}
