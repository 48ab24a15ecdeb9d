package org.compteassure.service.messaging;

import org.compteassure.service.BusinessException;

/** An adviser cannot reply to a closed thread (the person can: it reopens it). */
public class ThreadClosedException extends BusinessException {

    public ThreadClosedException() {
        super("thread closed");
    }
}
