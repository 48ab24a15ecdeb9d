package org.compteassure.web.code;

import java.io.Serializable;

/** Logged in with a provisional code from a letter: the person may only choose their definitive code. */
record PendingCodeChoice(long accountId, long codeId) implements Serializable {

    static final String ATTRIBUTE = "compteassure.pendingCodeChoice";
}
