package org.compteassure.service.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Locale;
import org.compteassure.service.code.CodeRejectedException;
import org.compteassure.service.code.CodeService;
import org.compteassure.service.code.CodeService.Reauthentication;

/**
 * "Changer mon code" for the logged-in insured person, whose account comes from the container. The rules are
 * {@link CodeService#changeCode}'s; this class sits in the security feature, beside {@link Caller}, because the code
 * feature (and the account feature) cannot depend on security without a cycle: security hashes staff passwords with
 * the code feature's hasher and lists the account feature's changes in the activity.
 */
@Stateless
@RolesAllowed(Roles.INSURED)
public class CodeChangeService {

    @EJB
    private CodeService codes;

    @Inject
    private Caller caller;

    /**
     * The current code, then the new one.
     *
     * @param keptSession      this browser's session record, which stays open when the others end
     * @param endOtherSessions "Déconnecter mes autres appareils": the other sessions end, every trusted device is
     *                         forgotten
     * @return {@code CONFIRMED} when the code changed; {@code WRONG_CODE} (counted like a failed login) or
     * {@code LOCKED} otherwise
     * @throws CodeRejectedException when the current code was right but the new one breaks a rule
     */
    public Reauthentication change(char[] currentCode, char[] newCode, boolean endOtherSessions, String keptSession,
                                   Locale locale) {
        return codes.changeCode(caller.accountId(), currentCode, newCode, endOtherSessions, keptSession, locale);
    }
}
