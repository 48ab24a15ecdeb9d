package org.compteassure.service.mandate;

import org.compteassure.service.BusinessException;

/** The person already gave this helper a mandate in force, or as many mandates as are allowed at once. */
public class MandateLimitException extends BusinessException {

    private final boolean sameHelper;

    public MandateLimitException(boolean sameHelper) {
        super(sameHelper ? "a mandate to this helper is in force" : "too many mandates in force");
        this.sameHelper = sameHelper;
    }

    public boolean sameHelper() {
        return sameHelper;
    }
}
