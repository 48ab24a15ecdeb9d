package org.compteassure.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.compteassure.service.code.ApiCaller;
import org.compteassure.service.code.AppTokenService;
import org.compteassure.service.code.TooManyAttemptsException;
import org.compteassure.service.platform.OperationsMetrics;
import org.compteassure.service.security.StaffLogin;
import org.compteassure.service.security.StaffLoginService;
import org.compteassure.web.platform.Problems;

/**
 * The one authentication mechanism of the application.
 * <ul>
 * <li>Pages: the login forms verify credentials, then call {@code SecurityContext.authenticate} with an
 * {@link InsuredCredential} (insured people) or a {@link StaffCredential} (staff, after their password and second
 * factor); the caller is then remembered in the HTTP session, whose id changes at that moment.</li>
 * <li>{@code /api/v1/*} (native applications): a Bearer access token on every request, no session
 * ({@link org.compteassure.service.code.AppTokenService}).</li>
 * <li>{@code /api/*}: HTTP Basic on every request, no session, claims-system accounts only, with a budget of failures
 * per client address (then 429).</li>
 * <li>A protected page without a login redirects to the right login form, saying so if the session expired, and
 * the login then ends on that page ({@link RequestedPage}).</li>
 * </ul>
 */
@ApplicationScoped
public class AuthenticationMechanism implements HttpAuthenticationMechanism {

    @EJB
    private StaffLoginService staffLogins;

    @EJB
    private AppTokenService appTokens;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof InsuredCredential insured) {
            return signIn(request, context, new SignedIn(String.valueOf(insured.accountId()), Set.of(SignedIn.INSURED)));
        }
        if (credential instanceof StaffCredential staff) {
            return signIn(request, context, new SignedIn(staff.username(), staff.groups()));
        }
        if (isAppApi(request)) {
            return bearer(request, response, context);
        }
        if (isApi(request)) {
            return basic(request, response, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SignedIn.ATTRIBUTE) instanceof SignedIn signedIn) {
            return context.notifyContainerAboutLogin(signedIn.name(), signedIn.groups());
        }
        if (context.isProtected()) {
            String login = loginPage(request);
            RequestedPage.remember(request);
            return context.redirect(request.getContextPath() + login);
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SignedIn.ATTRIBUTE);
        }
    }

    private static AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, SignedIn who) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession().setAttribute(SignedIn.ATTRIBUTE, who);
        return context.notifyContainerAboutLogin(who.name(), who.groups());
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                if (colon > 0) {
                    Optional<StaffLogin> caller = staffLogins.apiCaller(decoded.substring(0, colon),
                            decoded.substring(colon + 1).toCharArray(), request.getRemoteAddr());
                    if (caller.isPresent()) {
                        return context.notifyContainerAboutLogin(caller.get().username(), caller.get().roles());
                    }
                }
            } catch (IllegalArgumentException malformed) {
                // falls through to 401, like a wrong password
            } catch (TooManyAttemptsException tooMany) {
                return tooManyAttempts(response);
            }
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Compte Assure\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    /**
     * The applications' API: a Bearer access token on every request (RFC 6750), no session, never HTTP Basic nor
     * a page's session; the call counts against its address's and its token's hourly budgets (then 429).
     */
    private AuthenticationStatus bearer(HttpServletRequest request, HttpServletResponse response,
                                        HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        String language = request.getHeader("Accept-Language");
        Optional<ApiCaller> caller = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? appTokens.caller(header.substring(7).strip()) : Optional.empty();
        try {
            if (!appTokens.admit(caller.map(ApiCaller::family).orElse(null), request.getRemoteAddr())) {
                response.setHeader("Retry-After", "60");
                Problems.write(response, 429, "trop-d-appels", language);
                return AuthenticationStatus.SEND_FAILURE;
            }
            if (caller.isEmpty()) {
                response.setHeader("WWW-Authenticate", header == null ? "Bearer realm=\"compte-assure\""
                        : "Bearer realm=\"compte-assure\", error=\"invalid_token\"");
                Problems.write(response, 401, "jeton", language);
                return AuthenticationStatus.SEND_FAILURE;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        request.setAttribute(ApiCaller.class.getName(), caller.get());
        return context.notifyContainerAboutLogin(String.valueOf(caller.get().accountId()), Set.of(SignedIn.INSURED));
    }

    /** Once an address failed too often: 429 (the container adds the French 429 page), nothing checked. */
    private static AuthenticationStatus tooManyAttempts(HttpServletResponse response) {
        response.setStatus(429);
        response.setHeader("Retry-After", "3600");
        CDI.current().select(OperationsMetrics.class).get().tooManyRequests();
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static boolean isAppApi(HttpServletRequest request) {
        return Problems.isAppApi(request.getRequestURI().substring(request.getContextPath().length()));
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getServletPath().startsWith("/api/") || request.getRequestURI()
                .startsWith(request.getContextPath() + "/api/");
    }

    /** Advisers and administrators log in at /conseiller; insured people at /, told when their session expired. */
    private static String loginPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/conseiller") || path.startsWith("/admin")) {
            return "/conseiller";
        }
        boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        return expired ? "/?info=expiree" : "/";
    }
}
