package org.compteassure.web.code;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.compteassure.persistence.domain.Nir;
import org.compteassure.persistence.domain.ValidNir;
import org.compteassure.service.code.CodeService;
import org.compteassure.service.code.LoginOutcome;
import org.compteassure.service.code.TooManyAttemptsException;
import org.compteassure.web.platform.Http;
import org.compteassure.web.platform.Messages;
import org.compteassure.web.platform.ResponseFloor;
import org.compteassure.web.security.Cookies;
import org.compteassure.web.security.SignIn;

/** The login form at "/": social-security number and secret code, then the second step or the person's space. */
@Named
@RequestScoped
public class LoginBacking {

    private static final Duration REMEMBER_NIR = Duration.ofDays(180);
    /** Why the person is back on the login page (?info=…), when another page sent them here. */
    private static final Set<String> INFOS = Set.of("expiree", "deconnecte", "fermee", "resilie", "signale");

    @EJB
    private CodeService codes;

    @Inject
    private SignIn signIn;

    @ValidNir(keyRequired = false)
    private String nir;

    private String code;

    private boolean rememberNir;

    @PostConstruct
    void fillRememberedNumber() {
        Cookies.read(Http.request(), Cookies.REMEMBERED_NIR).ifPresent(remembered -> {
            nir = remembered;
            rememberNir = true;
        });
    }

    public String login() {
        HttpServletRequest request = Http.request();
        Nir typed = Nir.parse(nir, false);
        LoginOutcome outcome;
        try {
            outcome = ResponseFloor.atLeast(() -> codes.login(typed, code.toCharArray(),
                    Cookies.read(request, Cookies.DEVICE).orElse(null), request.getRemoteAddr()), LoginOutcome::refused);
        } catch (TooManyAttemptsException e) {
            return Http.sendError(429);
        }
        if (!outcome.refused()) {
            // Only a number that logged in is worth remembering (or forgetting): a mistyped one would be offered
            // again next time, and a stranger's failed try must not change the owner's choice.
            rememberNumber(typed);
        }
        request.getSession().removeAttribute(PendingLogin.ATTRIBUTE);
        request.getSession().removeAttribute(PendingCodeChoice.ATTRIBUTE);
        switch (outcome.kind()) {
            case LOGGED_IN -> {
                signIn.insured(outcome.accountId());
                return Http.redirect("/espace/accueil");
            }
            case SECOND_STEP -> {
                request.getSession().setAttribute(PendingLogin.ATTRIBUTE,
                        new PendingLogin(outcome.accountId(), outcome.pendingCodeId(), List.copyOf(outcome.factors())));
                return Http.redirect("/verification");
            }
            case PROVISIONAL -> {
                request.getSession().setAttribute(PendingCodeChoice.ATTRIBUTE,
                        new PendingCodeChoice(outcome.accountId(), outcome.pendingCodeId()));
                return Http.redirect("/choisir-code");
            }
            case LOCKED -> {
                // The same words whether or not the number has an account: an unknown one locks alike.
                Messages.error("index.locked");
                return null;
            }
            default -> {
                Messages.error("index.rejected");
                return null;
            }
        }
    }

    public String getInfo() {
        String info = Http.request().getParameter("info");
        return info != null && INFOS.contains(info) ? Messages.text("index.info." + info) : null;
    }

    private void rememberNumber(Nir typed) {
        if (rememberNir) {
            Cookies.write(Http.request(), Http.response(), Cookies.REMEMBERED_NIR, typed.value(), REMEMBER_NIR);
        } else {
            Cookies.delete(Http.request(), Http.response(), Cookies.REMEMBERED_NIR);
        }
    }

    public String getNir() {
        return nir;
    }

    public void setNir(String nir) {
        this.nir = nir;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public boolean isRememberNir() {
        return rememberNir;
    }

    public void setRememberNir(boolean rememberNir) {
        this.rememberNir = rememberNir;
    }
}
