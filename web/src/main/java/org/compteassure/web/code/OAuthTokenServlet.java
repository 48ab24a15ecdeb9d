package org.compteassure.web.code;

import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.http.JakartaServletUtils;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.oauth2.sdk.token.Tokens;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.compteassure.service.code.AppTokenService;
import org.compteassure.service.code.AppTokens;
import org.compteassure.service.code.AttemptLimiter;
import org.compteassure.service.code.GrantRefusedException;
import org.compteassure.service.code.TooManyAttemptsException;
import org.compteassure.web.security.BrowserLabel;

/**
 * The token endpoint of native applications (public clients: {@code client_id} in the form, no secret): an
 * authorization code with its PKCE verifier and redirect URI, or a refresh token, for a new access token and refresh
 * token. Refusals are OAuth errors in JSON, and count against the address's budget of failures, as failed logins do.
 */
@WebServlet("/oauth/token")
public class OAuthTokenServlet extends HttpServlet {

    @EJB
    private AppTokenService tokens;

    @EJB
    private AttemptLimiter limiter;

    @Inject
    private Clock clock;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String address = request.getRemoteAddr();
        try {
            limiter.check(address, clock.instant());
        } catch (TooManyAttemptsException e) {
            response.setHeader("Retry-After", "3600");
            write(response, new TokenErrorResponse(new ErrorObject("slow_down", "Too many refused requests", 429))
                    .toHTTPResponse());
            return;
        }
        HTTPResponse answer;
        try {
            TokenRequest asked = TokenRequest.parse(JakartaServletUtils.createHTTPRequest(request));
            answer = grant(asked, request).toHTTPResponse();
        } catch (ParseException e) {
            AttemptLimiter.recordFailure(limiter, address, clock.instant());
            answer = new TokenErrorResponse(e.getErrorObject() == null ? OAuth2Error.INVALID_REQUEST
                    : e.getErrorObject()).toHTTPResponse();
        } catch (GrantRefusedException e) {
            AttemptLimiter.recordFailure(limiter, address, clock.instant());
            answer = new TokenErrorResponse(new ErrorObject(e.error(), null, 400)).toHTTPResponse();
        }
        write(response, answer);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Allow", "POST");
        write(response, new TokenErrorResponse(OAuth2Error.INVALID_REQUEST
                .setDescription("POST the form to this address").setHTTPStatusCode(405)).toHTTPResponse());
    }

    private AccessTokenResponse grant(TokenRequest asked, HttpServletRequest request) {
        if (asked.getClientID() == null) {
            throw new GrantRefusedException("invalid_client", "no client_id");
        }
        String client = asked.getClientID().getValue();
        AuthorizationGrant grant = asked.getAuthorizationGrant();
        AppTokens issued;
        if (grant instanceof AuthorizationCodeGrant code) {
            issued = tokens.exchange(client, code.getAuthorizationCode().getValue(),
                    code.getRedirectionURI() == null ? null : code.getRedirectionURI().toString(),
                    code.getCodeVerifier() == null ? null : code.getCodeVerifier().getValue(),
                    BrowserLabel.of(request.getHeader("User-Agent")));
        } else if (grant instanceof RefreshTokenGrant refresh) {
            issued = tokens.refresh(client, refresh.getRefreshToken().getValue());
        } else {
            throw new GrantRefusedException("unsupported_grant_type", "only authorization_code and refresh_token");
        }
        return new AccessTokenResponse(new Tokens(new BearerAccessToken(issued.accessToken(),
                issued.expiresInSeconds(), Scope.parse(issued.scopes())), new RefreshToken(issued.refreshToken())));
    }

    private static void write(HttpServletResponse response, HTTPResponse answer) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
        JakartaServletUtils.applyHTTPResponse(answer, response);
    }
}
