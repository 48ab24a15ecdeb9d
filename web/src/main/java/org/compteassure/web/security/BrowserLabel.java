package org.compteassure.web.security;

/** A readable name for a browser from its User-Agent, for the list of sessions and trusted devices. */
public final class BrowserLabel {

    private BrowserLabel() {
    }

    public static String of(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "Navigateur inconnu";
        }
        return browser(userAgent) + " (" + system(userAgent) + ")";
    }

    private static String browser(String ua) {
        if (ua.contains("Edg/")) {
            return "Edge";
        }
        if (ua.contains("Firefox/")) {
            return "Firefox";
        }
        if (ua.contains("Chrome/") || ua.contains("Chromium/")) {
            return ua.contains("HeadlessChrome") ? "Chrome (sans interface)" : "Chrome";
        }
        if (ua.contains("Safari/")) {
            return "Safari";
        }
        return ua.length() > 40 ? ua.substring(0, 40) : ua;
    }

    private static String system(String ua) {
        if (ua.contains("Android")) {
            return "Android";
        }
        if (ua.contains("iPhone") || ua.contains("iPad")) {
            return "iOS";
        }
        if (ua.contains("Windows")) {
            return "Windows";
        }
        if (ua.contains("Mac OS X")) {
            return "macOS";
        }
        return ua.contains("Linux") ? "Linux" : "?";
    }
}
