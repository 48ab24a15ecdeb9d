package org.compteassure.service.security;

import org.compteassure.service.BusinessException;

/**
 * A helper acting for someone asked for what their mandate does not allow: a part of the space it does not cover,
 * anything once it ended, or what a mandate never allows (the code, the factors, the bank details, the e-mail
 * address, a mandate given onward). Nothing of the represented person is read or written.
 */
public class ActingRefusedException extends BusinessException {

    public ActingRefusedException(String what) {
        super("refused while acting for someone: " + what);
    }
}
