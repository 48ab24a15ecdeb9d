package org.compteassure.web.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** The application's own cookies, all HttpOnly and SameSite=Lax, and Secure over HTTPS. */
public final class Cookies {

    /** "Se souvenir de mon numéro". */
    public static final String REMEMBERED_NIR = "ca_nir";
    /** A trusted device's token. */
    public static final String DEVICE = "ca_appareil";
    /** The mark by which a browser already seen on an account is known ("Activité de mon compte"). */
    public static final String BROWSER_MARK = "ca_navigateur";

    private Cookies() {
    }

    public static Optional<String> read(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(cookie -> cookie.getName().equals(name))
                .map(Cookie::getValue)
                .findFirst();
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, String name, String value,
                             Duration maxAge) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        cookie.setMaxAge((int) maxAge.toSeconds());
        response.addCookie(cookie);
    }

    public static void delete(HttpServletRequest request, HttpServletResponse response, String name) {
        write(request, response, name, "", Duration.ZERO);
    }

    /**
     * Makes the browser forget the HTTP session's cookie once the session was ended on purpose (a logout, a closure,
     * a session closed elsewhere): its next protected page then finds no session at all, rather than an invalid one
     * that would read as « expirée après 30 minutes ».
     */
    public static void forgetSession(HttpServletRequest request, HttpServletResponse response) {
        String name = request.getServletContext().getSessionCookieConfig().getName();
        Cookie cookie = new Cookie(name == null ? "JSESSIONID" : name, "");
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge(0);
        response.addCookie(cookie);
    }
}
