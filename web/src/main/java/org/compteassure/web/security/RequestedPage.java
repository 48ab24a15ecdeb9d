package org.compteassure.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The page a person asked for before being sent to log in (an e-mail's link to « Ma messagerie »), kept in the HTTP
 * session by the authentication mechanism and followed once the login completes. Only a path of this application,
 * in the space the login opens, is ever kept or followed: never another site (no open redirect), never a path that a
 * browser could read as one ("//evil.example", "/\evil.example").
 */
public final class RequestedPage {

    /** HTTP session attribute: the path (and query) asked for. */
    static final String ATTRIBUTE = "compteassure.requestedPage";

    private static final int MAX_LENGTH = 2000;
    /**
     * A path of plain segments and an optional query of RFC 3986 query characters: no scheme, no backslash, no
     * control character, no space.
     */
    private static final Pattern LOCAL =
            Pattern.compile("/[A-Za-z0-9\\-._~/%]*(\\?[A-Za-z0-9\\-._~%!$&'()*+,;=:@/?]*)?");

    private RequestedPage() {
    }

    /** The path if it is a local page of that space ("/espace/", "/conseiller/", "/admin/"), else empty. */
    public static Optional<String> safe(String path, String... spaces) {
        if (path == null || path.length() > MAX_LENGTH || !LOCAL.matcher(path).matches()) {
            return Optional.empty();
        }
        // Only the path part could lead a browser elsewhere; a query may well carry an encoded address.
        String part = path.contains("?") ? path.substring(0, path.indexOf('?')).toLowerCase() : path.toLowerCase();
        if (part.startsWith("//") || part.contains("/../") || part.contains("/./") || part.contains("%2f")
                || part.contains("%5c")) {
            return Optional.empty();
        }
        for (String space : spaces) {
            if (path.startsWith(space)) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }

    /** Remembers the page this protected request asked for (GET only: a form posted without a login is lost). */
    static void remember(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        safe(path, "/espace/", "/conseiller/", "/admin/")
                .ifPresent(page -> request.getSession().setAttribute(ATTRIBUTE, page));
    }

    /** Keeps a page this application chose (an authorization request that needs a login first). */
    public static void keep(HttpServletRequest request, String page) {
        request.getSession().setAttribute(ATTRIBUTE, page);
    }

    /**
     * Where a login that just completed goes: the page asked for if it lies in one of these spaces, else the
     * default; the page is forgotten either way.
     */
    public static String after(HttpServletRequest request, String fallback, String... spaces) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return fallback;
        }
        Object asked = session.getAttribute(ATTRIBUTE);
        session.removeAttribute(ATTRIBUTE);
        return asked instanceof String page ? safe(page, spaces).orElse(fallback) : fallback;
    }
}
