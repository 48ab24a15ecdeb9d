package org.compteassure.service.document;

import org.compteassure.service.BusinessException;

/** A period that ends before it starts, lies in the future, or is longer than a document covers. */
public class InvalidPeriodException extends BusinessException {

    public InvalidPeriodException() {
        super("invalid period");
    }
}
