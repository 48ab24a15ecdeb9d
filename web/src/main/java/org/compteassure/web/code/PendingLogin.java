package org.compteassure.web.code;

import java.io.Serializable;

/** Between the two login steps: whose code was right, and which e-mailed code they must now type. */
record PendingLogin(long accountId, long codeId) implements Serializable {

    static final String ATTRIBUTE = "compteassure.pendingLogin";
}
