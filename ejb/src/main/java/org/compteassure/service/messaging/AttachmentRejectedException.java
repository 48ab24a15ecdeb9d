package org.compteassure.service.messaging;

import org.compteassure.service.BusinessException;

/** An attachment the rules refuse; {@code fileName} says which one, for the message next to the field. */
public class AttachmentRejectedException extends BusinessException {

    public enum Reason { TOO_MANY, TOO_LARGE, WRONG_TYPE }

    private final Reason reason;
    private final String fileName;

    public AttachmentRejectedException(Reason reason, String fileName) {
        super("attachment refused: " + reason);
        this.reason = reason;
        this.fileName = fileName;
    }

    public Reason reason() {
        return reason;
    }

    public String fileName() {
        return fileName;
    }
}
