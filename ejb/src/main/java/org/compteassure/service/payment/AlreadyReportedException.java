package org.compteassure.service.payment;

import org.compteassure.service.BusinessException;

/** The payment is already reported and the fund has not answered yet: the démarche that carries it is open. */
public class AlreadyReportedException extends BusinessException {

    private final String demarcheNumber;

    public AlreadyReportedException(String demarcheNumber) {
        super("payment already reported");
        this.demarcheNumber = demarcheNumber;
    }

    /** The open démarche, which the page links to. */
    public String getDemarcheNumber() {
        return demarcheNumber;
    }
}
