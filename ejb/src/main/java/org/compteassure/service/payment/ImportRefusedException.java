package org.compteassure.service.payment;

import org.compteassure.service.BusinessException;

/** An uploaded file cannot be imported at all (empty, or its header is wrong); the message is the French reason. */
public class ImportRefusedException extends BusinessException {

    public ImportRefusedException(String reason) {
        super(reason);
    }
}
