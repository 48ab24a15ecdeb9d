package org.compteassure.service.account;

import org.compteassure.service.BusinessException;

/** Someone (another tab, another device) saved these details after the form was opened: nothing was overwritten. */
public class ProfileChangedMeanwhileException extends BusinessException {

    public ProfileChangedMeanwhileException() {
        super("details changed since the form was opened");
    }
}
