package org.compteassure.service.payment;

import org.compteassure.service.BusinessException;

/** A report without a reason, « Autre » without a text, or a text too long (the page says so first). */
public class InvalidReportException extends BusinessException {

    public InvalidReportException() {
        super("payment report incomplete or too long");
    }
}
