package org.compteassure.service.mandate;

import org.compteassure.service.BusinessException;

/**
 * No active account of another person matches the number and family name typed. Said only once the mandate was
 * signed (the code, and the strong factor, proved): before that, every number gets the same answer.
 */
public class HelperNotFoundException extends BusinessException {

    public HelperNotFoundException() {
        super("no helper account matches");
    }
}
