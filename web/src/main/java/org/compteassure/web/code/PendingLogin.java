package org.compteassure.web.code;

import java.io.Serializable;
import java.util.List;

/**
 * Between the two login steps: whose code was right, which pending login (e-mailed code or grant) the second step
 * completes, and the strong factors the person may use instead of the e-mailed code (empty: the e-mailed code).
 */
record PendingLogin(long accountId, long codeId, List<String> factors) implements Serializable {

    static final String ATTRIBUTE = "compteassure.pendingLogin";
}
