package org.compteassure.service.account;

import org.compteassure.service.BusinessException;

/** A notice asked « par courriel » only without the person's consent that e-mail replaces paper: nothing saved. */
public class PaperlessConsentRequiredException extends BusinessException {

    public PaperlessConsentRequiredException() {
        super("e-mail only needs the paperless consent");
    }
}
