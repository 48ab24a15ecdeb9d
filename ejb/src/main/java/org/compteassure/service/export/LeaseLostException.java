package org.compteassure.service.export;

import jakarta.ejb.ApplicationException;

/**
 * This node's claim on an export ended (its lease ran out and another node took it over, or the person asked anew):
 * it stops writing, and nothing it wrote is served.
 */
@ApplicationException(rollback = true)
public class LeaseLostException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LeaseLostException(long exportId) {
        super("export " + exportId + " is no longer this node's");
    }
}
