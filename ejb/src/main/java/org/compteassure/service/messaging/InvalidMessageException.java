package org.compteassure.service.messaging;

import org.compteassure.service.BusinessException;

/** A message without text, or longer than 4 000 characters (the page says so before; this is the service's guard). */
public class InvalidMessageException extends BusinessException {

    public InvalidMessageException() {
        super("message text empty or too long");
    }
}
