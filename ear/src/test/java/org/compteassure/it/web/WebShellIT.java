package org.compteassure.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.compteassure.it.support.Browser;
import org.compteassure.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The page shell as a person and as a browser see it: login form, languages, headers, errors, health. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebShellIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theLoginPageIsFrenchThenEnglishAndPassesAxe() {
        WebDriver driver = Browser.open();
        try {
            driver.get(base.toString());
            assertEquals("fr", driver.findElement(By.tagName("html")).getAttribute("lang"));
            assertEquals("Numéro de sécurité sociale", label(driver, "login:nir"));
            assertEquals("Code", label(driver, "login:code"));
            assertEquals("Se connecter", driver.findElement(By.id("login:submit")).getAttribute("value"));
            assertTrue(driver.findElement(By.linkText("Je crée mon compte")).isDisplayed());
            assertTrue(driver.findElement(By.linkText("J'ai oublié mon code")).isDisplayed());
            assertEquals(1, driver.findElements(By.tagName("h1")).size());
            assertTrue(driver.findElements(By.id("logout:submit")).isEmpty(), "no log-out button for a visitor");
            Browser.assertAccessible(driver);

            Browser.clickAndWait(driver, By.linkText("English"));
            assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
            assertEquals("Social security number", label(driver, "login:nir"));
            assertEquals("Log in", driver.findElement(By.id("login:submit")).getAttribute("value"));
            assertEquals(base.toString(), driver.getCurrentUrl(), "the switch leaves no parameter in the address");
            Browser.assertAccessible(driver);

            Browser.clickAndWait(driver, By.linkText("Français"));
            assertEquals("Numéro de sécurité sociale", label(driver, "login:nir"));
        } finally {
            driver.quit();
        }
    }

    @Test
    void emptyLoginFormShowsFrenchMessagesNextToTheFields() {
        WebDriver driver = Browser.open();
        try {
            driver.get(base.toString());
            Browser.clickAndWait(driver, By.id("login:submit"));
            assertEquals("Renseignez le champ « Numéro de sécurité sociale ».", driver.findElement(By.id("nir-error")).getText());
            assertTrue(driver.findElement(By.id("error-summary")).getText().contains("2 erreurs empêchent l'envoi"));
            assertEquals("true", driver.findElement(By.id("login:nir")).getAttribute("aria-invalid"));
            Browser.assertAccessible(driver);
        } finally {
            driver.quit();
        }
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndASafeSessionCookie() throws Exception {
        HttpResponse<String> page = get("");
        assertEquals(200, page.statusCode());
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertTrue(csp.contains("script-src 'self'"), csp);
        assertFalse(csp.contains("unsafe-inline"), csp);
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(page.headers().firstValue("Referrer-Policy").isPresent());
        String cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertFalse(page.body().contains("<script>"), "no inline script");
    }

    @Test
    void addressesAreExtensionLess() throws Exception {
        assertEquals(200, get("accessibilite").statusCode());
        HttpResponse<String> withExtension = get("accessibilite.xhtml");
        assertEquals(301, withExtension.statusCode());
        assertTrue(withExtension.headers().firstValue("Location").orElseThrow().endsWith("/accessibilite"));
        assertFalse(get("").body().contains(".xhtml\""), "no .xhtml link or form action on the page");
    }

    @Test
    void anUnknownAddressGetsAFrench404WithoutInternals() throws Exception {
        HttpResponse<String> missing = get("nulle-part");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Page introuvable"), missing.body());
        assertFalse(missing.body().contains("Exception"));
        assertFalse(missing.body().contains("at org."));
    }

    @Test
    void anExpiredViewSaysSoInFrench() throws Exception {
        HttpResponse<String> page = get("");
        String viewState = page.body().replaceAll("(?s).*name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\".*", "$1");
        HttpResponse<String> expired = http.send(HttpRequest.newBuilder(URI.create(base.toString()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                // A view state this server never issued, as after a restart or a long absence.
                .POST(HttpRequest.BodyPublishers.ofString("login=login&login%3Anir=1&login%3Acode=x"
                        + "&jakarta.faces.ViewState=" + viewState.replace(':', '9') + "1"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(expired.body().contains("Page expirée"), expired.body());
        assertFalse(expired.body().contains("ViewExpiredException"));
    }

    @Test
    void theHealthEndpointReportsTheDatabase() throws Exception {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                URI.create("http://" + base.getHost() + ":" + System.getProperty("it.management.port", "9990") + "/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("\"name\":\"compte-assure-database\",\"status\":\"UP\""), health.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String label(WebDriver driver, String inputId) {
        return driver.findElement(By.cssSelector("label[for='" + inputId + "']")).getText();
    }
}
