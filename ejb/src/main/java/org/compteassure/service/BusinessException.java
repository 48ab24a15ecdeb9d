package org.compteassure.service;

import jakarta.ejb.ApplicationException;

/**
 * A request the business rules refuse: each subclass is one reason, turned into a message for the person in one
 * place in the web layer. Rolls the transaction back; never carries internal details meant for a person.
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

    protected BusinessException(String message) {
        super(message, null, false, false);
    }
}
