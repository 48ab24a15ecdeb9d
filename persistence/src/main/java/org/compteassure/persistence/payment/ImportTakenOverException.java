package org.compteassure.persistence.payment;

/**
 * A node wrote to an import it no longer owns: its lease ran out and another node took the import over. The write's
 * transaction rolls back; the job that tried it fails and leaves the import to its new owner.
 */
public class ImportTakenOverException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public ImportTakenOverException(Long importId, String owner, String writer) {
        super("Payment import " + importId + " is owned by " + owner + ", not by " + writer);
    }
}
