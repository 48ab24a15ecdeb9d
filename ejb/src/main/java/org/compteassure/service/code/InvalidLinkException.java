package org.compteassure.service.code;

import org.compteassure.service.BusinessException;

/** A link or provisional code that is unknown, used, replaced or expired. */
public class InvalidLinkException extends BusinessException {

    public InvalidLinkException() {
        super("link or provisional code no longer valid");
    }
}
