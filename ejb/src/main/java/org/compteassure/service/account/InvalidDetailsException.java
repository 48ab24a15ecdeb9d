package org.compteassure.service.account;

import org.compteassure.service.BusinessException;

/** Details that fail the checks the form makes: reaching the service means the form was bypassed. */
public class InvalidDetailsException extends BusinessException {

    public InvalidDetailsException() {
        super("details fail their checks");
    }
}
