package org.compteassure.service.security;

import java.time.Instant;
import org.compteassure.persistence.security.AccountActivity.Kind;

/**
 * One line of "Activité de mon compte".
 *
 * @param detail      why a code was chosen (CREATION, FORGOTTEN, REACTIVATION…) or which factor, else null
 * @param browser     for a sign-in, the browser as {@code BrowserLabel} names it, else null
 * @param network     for a sign-in, the client's network ({@link NetworkPrefix}), else null
 * @param localNetwork whether that network is this machine's or a private one
 * @param onBehalf    for a mandate's line or a helper's act, « Paul AIDANT pour Marie DUPONT », else null
 */
public record ActivityLine(Instant when, Kind kind, String detail, String browser, String network,
                           boolean localNetwork, String onBehalf) {

    public boolean isSignIn() {
        return kind == Kind.SIGN_IN;
    }
}
