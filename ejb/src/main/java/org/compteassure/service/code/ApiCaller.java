package org.compteassure.service.code;

import java.util.Set;

/** Who an access token speaks for: the account, the application, what it may do, and its family (for revocation). */
public record ApiCaller(long accountId, String clientId, Set<String> scopes, String family) {
}
