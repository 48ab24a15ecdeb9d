package org.compteassure.persistence.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The details of a daily-allowance (IJ) payment: the days of sick leave it covers and how the net amount was
 * reached (gross minus CSG/CRDS). IJ are paid every 14 days, one payment per period.
 */
@Embeddable
public class DailyAllowance implements Serializable {

    @Column(name = "period_from")
    private LocalDate periodFrom;

    @Column(name = "period_to")
    private LocalDate periodTo;

    @Column(name = "days")
    private Integer days;

    @Column(name = "daily_gross", precision = 12, scale = 2)
    private BigDecimal dailyGross;

    @Column(name = "gross_total", precision = 12, scale = 2)
    private BigDecimal grossTotal;

    @Column(name = "csg_crds", precision = 12, scale = 2)
    private BigDecimal csgCrds;

    @Column(name = "employer", length = 100)
    private String employer;

    protected DailyAllowance() {
    }

    public DailyAllowance(LocalDate periodFrom, LocalDate periodTo, int days, BigDecimal dailyGross,
                          BigDecimal grossTotal, BigDecimal csgCrds, String employer) {
        this.periodFrom = Objects.requireNonNull(periodFrom);
        this.periodTo = Objects.requireNonNull(periodTo);
        this.days = days;
        this.dailyGross = Objects.requireNonNull(dailyGross);
        this.grossTotal = Objects.requireNonNull(grossTotal);
        this.csgCrds = Objects.requireNonNull(csgCrds);
        this.employer = employer;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public Integer getDays() {
        return days;
    }

    public BigDecimal getDailyGross() {
        return dailyGross;
    }

    public BigDecimal getGrossTotal() {
        return grossTotal;
    }

    public BigDecimal getCsgCrds() {
        return csgCrds;
    }

    public String getEmployer() {
        return employer;
    }

    /** Value semantics, so that a re-sent payment compares equal to the one stored. */
    @Override
    public boolean equals(Object other) {
        return other instanceof DailyAllowance that && Objects.equals(periodFrom, that.periodFrom)
                && Objects.equals(periodTo, that.periodTo) && Objects.equals(days, that.days)
                && Objects.equals(dailyGross, that.dailyGross) && Objects.equals(grossTotal, that.grossTotal)
                && Objects.equals(csgCrds, that.csgCrds) && Objects.equals(employer, that.employer);
    }

    @Override
    public int hashCode() {
        return Objects.hash(periodFrom, periodTo, days, dailyGross, grossTotal, csgCrds, employer);
    }
}
