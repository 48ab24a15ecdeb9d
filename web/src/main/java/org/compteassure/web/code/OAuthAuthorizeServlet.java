package org.compteassure.web.code;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationErrorResponse;
import com.nimbusds.oauth2.sdk.AuthorizationRequest;
import com.nimbusds.oauth2.sdk.AuthorizationSuccessResponse;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import org.compteassure.service.code.ApiClients;
import org.compteassure.service.code.ApiClients.ApiClient;
import org.compteassure.service.code.AppTokenService;
import org.compteassure.web.security.SignedIn;

/**
 * The authorization endpoint of native applications (RFC 8252, in the system browser, with PKCE S256 only). A
 * request from a registered application to one of its registered redirect URIs opens the portal's own login (NIR,
 * code, second step), comes back here when it is complete ({@link AfterLogin}), and then redirects to the
 * application with a one-minute code. A request that names no registered application or redirect URI is answered
 * with a French page, never redirected (RFC 6749 § 4.1.2.1); the application's other mistakes go back to it as
 * OAuth errors.
 */
@WebServlet(OAuthAuthorizeServlet.PATH)
public class OAuthAuthorizeServlet extends HttpServlet {

    public static final String PATH = "/oauth/authorize";

    @EJB
    private AppTokenService tokens;

    @Inject
    private ApiClients clients;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String query = request.getQueryString() == null ? "" : request.getQueryString();
        AuthorizationRequest asked;
        try {
            asked = AuthorizationRequest.parse(query);
        } catch (ParseException e) {
            Optional<ApiClient> client = Optional.ofNullable(e.getClientID()).flatMap(id -> clients.find(id.getValue()));
            if (client.isPresent() && e.getRedirectionURI() != null
                    && client.get().redirectsTo(e.getRedirectionURI().toString())) {
                sendError(response, e.getRedirectionURI(), e.getErrorObject(), e.getState());
            } else {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            }
            return;
        }
        Optional<ApiClient> client = clients.find(asked.getClientID().getValue());
        URI redirect = asked.getRedirectionURI();
        if (client.isEmpty() || redirect == null || !client.get().redirectsTo(redirect.toString())) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (!ResponseType.CODE.equals(asked.getResponseType())) {
            sendError(response, redirect, OAuth2Error.UNSUPPORTED_RESPONSE_TYPE, asked.getState());
            return;
        }
        if (asked.getCodeChallenge() == null || !CodeChallengeMethod.S256.equals(asked.getCodeChallengeMethod())) {
            sendError(response, redirect, OAuth2Error.INVALID_REQUEST
                    .setDescription("PKCE with code_challenge_method=S256 is required"), asked.getState());
            return;
        }
        Scope scope = asked.getScope();
        Set<String> scopes = scope == null ? Set.of() : Set.copyOf(scope.toStringList());
        if (scopes.isEmpty() || !client.get().scopes().containsAll(scopes)) {
            sendError(response, redirect, OAuth2Error.INVALID_SCOPE, asked.getState());
            return;
        }
        if (!request.isUserInRole(SignedIn.INSURED)) {
            AfterLogin.authorizeAgain(request, query);
            response.sendRedirect(request.getContextPath() + "/");
            return;
        }
        String code = tokens.issueCode(client.get().id(), redirect.toString(),
                asked.getCodeChallenge().getValue(), scopes);
        response.sendRedirect(new AuthorizationSuccessResponse(redirect, new AuthorizationCode(code), null,
                asked.getState(), null).toURI().toString());
    }

    private static void sendError(HttpServletResponse response, URI redirect, ErrorObject error, State state)
            throws IOException {
        response.sendRedirect(new AuthorizationErrorResponse(redirect, error, state, null).toURI().toString());
    }
}
