package org.compteassure.it.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.compteassure.service.security.Totp;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * A staff member's whole login, password then authenticator code, for tests whose subject is what comes after: the
 * staff member's authenticator is set to {@link TestSupport#STAFF_TOTP_SEED} first (a fresh one, so no code of it
 * was used), and the code is computed against the application's clock.
 */
public final class StaffLogin {

    private StaffLogin() {
    }

    /** Logs in over HTTP; returns the page landed on. */
    public static HttpResponse<String> over(Site site, String username, String password) {
        site.support("staff-totp", Map.of("username", username));
        HttpResponse<String> second = site.submit("/conseiller", "staff", Map.of("username", username, "password", password));
        assertTrue(second.uri().getPath().endsWith("/conseiller-verification"), "second step: " + second.uri());
        return site.submitOn(second, "totp", Map.of("code", code(site)));
    }

    /** Logs in in the browser (a fresh site arranges the authenticator); the browser is then on the landing page. */
    public static void in(WebDriver driver, String base, String username, String password) {
        Site site = new Site(base);
        site.support("staff-totp", Map.of("username", username));
        driver.get(base + (base.endsWith("/") ? "" : "/") + "conseiller");
        Browser.type(driver, "staff:username", username);
        Browser.type(driver, "staff:password", password);
        Browser.clickAndWait(driver, By.id("staff:submit"));
        assertTrue(driver.getCurrentUrl().contains("/conseiller-verification"), "second step: " + driver.getCurrentUrl());
        Browser.type(driver, "totp:code", code(site));
        Browser.clickAndWait(driver, By.id("totp:submit"));
    }

    /** The code of {@link TestSupport#STAFF_TOTP_SEED} now, by the application's clock. */
    public static String code(Site site) {
        return Totp.code(TestSupport.STAFF_TOTP_SEED, Totp.step(site.now()));
    }
}
