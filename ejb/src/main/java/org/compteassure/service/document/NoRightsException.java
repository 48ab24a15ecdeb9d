package org.compteassure.service.document;

import org.compteassure.service.BusinessException;

/** The register has sent no rights for that person: there is nothing the fund could attest. */
public class NoRightsException extends BusinessException {

    public NoRightsException() {
        super("no rights on file");
    }
}
