package org.compteassure.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compteassure.it.support.Accounts;
import org.compteassure.it.support.People;
import org.compteassure.it.support.Site;
import org.compteassure.service.security.Totp;

/** An insured person's authenticator application, as the tests enrol and use it: seeds read from the page, codes computed. */
final class Authenticators {

    private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]+)<");
    private static final Pattern RECOVERY_CODE = Pattern.compile("<li><code>([0-9A-Z]{4}(?:-[0-9A-Z]{4}){5})</code></li>");

    /** An enrolled application's seed and the recovery codes shown once. */
    record Enrolled(String secret, List<String> recoveryCodes) {
    }

    private Authenticators() {
    }

    /** A person with an account opened by e-mail, logged in on {@code site}, who added an application: its seed. */
    static String openWithApplication(Site site, People.Person person, String secretCode) {
        Accounts.openByEmail(site, person, secretCode);
        return enrol(site, secretCode).secret();
    }

    /**
     * Adds an authenticator application at /espace/authentificateur for the logged-in person whose secret code this
     * is, first with a wrong secret code (refused, nothing enrolled).
     */
    static Enrolled enrol(Site site, String secretCode) {
        HttpResponse<String> page = site.get("/espace/authentificateur");
        String secret = secretIn(page);
        HttpResponse<String> wrongCode = site.submitOn(page, "enrol", Map.of("code", code(secret, site),
                "secret", "Pas-Le-Bon-Code-1"));
        assertTrue(Site.text(wrongCode).contains("Ce code secret n'est pas le bon"), Site.text(wrongCode));
        HttpResponse<String> done = site.submitOn(page, "enrol", Map.of("code", code(secret, site), "secret", secretCode));
        List<String> recoveryCodes = recoveryCodesIn(done);
        assertEquals(10, recoveryCodes.size(), Site.text(done));
        return new Enrolled(secret, recoveryCodes);
    }

    static String secretIn(HttpResponse<String> page) {
        return secretIn(page.body());
    }

    static String secretIn(String html) {
        Matcher secret = SECRET.matcher(html);
        assertTrue(secret.find(), "the seed in text");
        return secret.group(1).replace(" ", "");
    }

    static List<String> recoveryCodesIn(HttpResponse<String> page) {
        List<String> codes = new ArrayList<>();
        Matcher code = RECOVERY_CODE.matcher(page.body());
        while (code.find()) {
            codes.add(code.group(1));
        }
        return codes;
    }

    /** The application's code now, by the application's clock. */
    static String code(String secret, Site site) {
        return Totp.code(secret, Totp.step(site.now()));
    }

    /** A code of the seed far outside the accepted drift: a wrong code that is well formed. */
    static String otherCode(String secret, Site site) {
        return Totp.code(secret, Totp.step(site.now()) - 5);
    }
}
