package org.compteassure.web.code;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.Size;
import java.util.OptionalLong;
import org.compteassure.service.code.TooManyAttemptsException;
import org.compteassure.service.security.PasskeyService;
import org.compteassure.service.security.Passkeys;
import org.compteassure.web.platform.Http;
import org.compteassure.web.platform.Messages;
import org.compteassure.web.security.SignIn;

/**
 * /cle-d-acces: "Se connecter avec une clé d'accès" — a discoverable passkey alone, with user verification (its PIN,
 * fingerprint or face), which makes it as strong as the code and a second factor. The challenge drawn into the page is
 * kept in this browser's HTTP session (small, serializable: the distributable session carries it to every node) and
 * taken out of it by the answer, so that an answer counts only in the session that asked.
 */
@Named
@RequestScoped
public class PasskeySignInBacking {

    /** HTTP session attribute: the sign-in challenge this browser was given (base64url). */
    static final String CHALLENGE = "compteassure.passkeySignIn";

    @EJB
    private PasskeyService passkeys;

    @Inject
    private SignIn signIn;

    private String options;

    @Size(max = Passkeys.MAX_RESPONSE_LENGTH, message = "{ca.passkey.response}")
    private String assertion;

    /** The request options (JSON) with a new challenge, which this session keeps: read once, when the page is drawn. */
    public String getOptions() {
        if (options == null) {
            Passkeys.Ceremony ceremony = passkeys.signInOptions();
            Http.request().getSession().setAttribute(CHALLENGE, ceremony.challenge());
            options = ceremony.options();
        }
        return options;
    }

    public String signIn() {
        HttpSession session = Http.request().getSession();
        String challenge = (String) session.getAttribute(CHALLENGE);
        session.removeAttribute(CHALLENGE);
        OptionalLong account;
        try {
            account = passkeys.signIn(challenge, assertion, Http.request().getRemoteAddr());
        } catch (TooManyAttemptsException e) {
            return Http.sendError(429);
        }
        if (account.isEmpty()) {
            Messages.fieldError("signin", "assertion", "cle-d-acces.signIn.refused");
            return null;
        }
        session.removeAttribute(PendingLogin.ATTRIBUTE);
        signIn.insured(account.getAsLong());
        return Http.redirect(AfterLogin.take(Http.request()));
    }

    public String getAssertion() {
        return assertion;
    }

    public void setAssertion(String assertion) {
        this.assertion = assertion;
    }
}
