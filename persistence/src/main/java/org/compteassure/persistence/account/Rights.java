package org.compteassure.persistence.account;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A person's rights to health insurance as the fund's register states them (PUT /api/assures/{nir}): the regime, the
 * fund (code and name), from when, until when (null: open-ended), and the declared médecin traitant if any. The
 * attestation de droits prints exactly this; the portal never makes a period up.
 */
@Embeddable
public class Rights implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "rights_regime", length = 40)
    private String regime;

    @Column(name = "rights_fund_code", length = 10)
    private String fundCode;

    @Column(name = "rights_fund_name", length = 100)
    private String fundName;

    @Column(name = "rights_start")
    private LocalDate start;

    @Column(name = "rights_end")
    private LocalDate end;

    @Column(name = "rights_doctor", length = 100)
    private String doctor;

    protected Rights() {
    }

    public Rights(String regime, String fundCode, String fundName, LocalDate start, LocalDate end, String doctor) {
        this.regime = Objects.requireNonNull(regime);
        this.fundCode = Objects.requireNonNull(fundCode);
        this.fundName = Objects.requireNonNull(fundName);
        this.start = Objects.requireNonNull(start);
        this.end = end;
        this.doctor = doctor;
    }

    /** Whether the rights cover that day. */
    public boolean cover(LocalDate day) {
        return !day.isBefore(start) && (end == null || !day.isAfter(end));
    }

    public String getRegime() {
        return regime;
    }

    public String getFundCode() {
        return fundCode;
    }

    public String getFundName() {
        return fundName;
    }

    public LocalDate getStart() {
        return start;
    }

    /** Null when the rights are open-ended. */
    public LocalDate getEnd() {
        return end;
    }

    /** Null when none is declared. */
    public String getDoctor() {
        return doctor;
    }
}
