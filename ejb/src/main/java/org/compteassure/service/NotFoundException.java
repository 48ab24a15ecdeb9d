package org.compteassure.service;

/** The object does not exist, or does not belong to the caller: both look the same from outside. */
public class NotFoundException extends BusinessException {

    public NotFoundException(String what) {
        super(what + " not found for this caller");
    }
}
