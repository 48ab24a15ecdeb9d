package org.compteassure.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.compteassure.it.support.Browser;
import org.compteassure.it.support.Deployments;
import org.compteassure.it.support.Site;
import org.compteassure.it.support.TestSupport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * A business exception that the page does not catch (BusinessExceptionHandler): a message on the same page in the
 * person's language, HTTP 200, what was typed kept, nothing stored, no internals; a GET is not concerned. A failure of
 * the database itself (here a statement stopped at its time limit) gets the static 503 page instead (OutageFilter).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BusinessExceptionIT {

    static final String VIEW = "/test-exception-metier";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.earWith(TestSupport.class, BusinessExceptionBacking.class,
                BusinessExceptionBacking.UnmappedException.class);
        ear.getAsType(WebArchive.class, "web.war").addAsWebResource(new StringAsset("""
                <ui:composition template="/WEB-INF/templates/page.xhtml" xmlns="http://www.w3.org/1999/xhtml"
                                xmlns:h="jakarta.faces.html" xmlns:ui="jakarta.faces.facelets">
                    <ui:define name="title">Test</ui:define>
                    <ui:define name="content">
                        <h:form id="unmapped">
                            <h:inputText id="username" value="#{businessExceptionBacking.username}"/>
                            <h:commandButton id="submit" value="Go" action="#{businessExceptionBacking.unmapped}"/>
                        </h:form>
                        <h:form id="timeout">
                            <h:inputText id="username" value="#{businessExceptionBacking.username}"/>
                            <h:commandButton id="submit" value="Go" action="#{businessExceptionBacking.statementTimeout}"/>
                        </h:form>
                        <h:form id="mapped">
                            <h:inputText id="username" value="#{businessExceptionBacking.username}"/>
                            <h:commandButton id="submit" value="Go" action="#{businessExceptionBacking.mapped}"/>
                        </h:form>
                    </ui:define>
                </ui:composition>
                """), VIEW.substring(1) + ".xhtml");
        return ear;
    }

    @ArquillianResource
    private java.net.URL base;

    @Test
    void anUnmappedBusinessExceptionShowsTheGenericFrenchMessageOnTheSamePage() {
        Site site = new Site(base.toString());
        String before = site.counts();
        HttpResponse<String> page = site.submit(VIEW, "unmapped", Map.of("username", "fallback-test-1"));
        assertSamePageWithMessage(page, "Votre demande n'a pas pu aboutir : rien n'a été enregistré. Vérifiez ce que "
                + "vous avez saisi, puis réessayez.");
        assertTrue(page.body().contains("value=\"fallback-test-1\""), "what was typed stays in the form");
        assertFalse(page.body().contains("internal detail"), "never the exception's own message");
        assertEquals(before, site.counts(), "the row written before the exception was rolled back");
    }

    @Test
    void aBusinessExceptionWithItsOwnKeyShowsItsMessageInThePersonsLanguage() {
        Site site = new Site(base.toString());
        assertSamePageWithMessage(site.submit(VIEW, "mapped", Map.of("username", "fallback-test-2")),
                "Cet échange est clos : il n'accepte plus de réponse.");

        assertEquals(200, site.get(VIEW + "?lang=en").statusCode());
        assertSamePageWithMessage(site.submit(VIEW, "mapped", Map.of("username", "fallback-test-3")),
                "This conversation is closed: it accepts no more replies.");
    }

    @Test
    void aStatementStoppedByTheDatabasesTimeLimitGetsTheFrench503PageAndStoresNothing() {
        Site site = new Site(base.toString());
        String before = site.counts();
        HttpResponse<String> page = site.submit(VIEW, "timeout", Map.of("username", "timeout-test-1"));
        assertEquals(503, page.statusCode(), Site.text(page));
        assertTrue(page.headers().firstValue("Retry-After").isPresent());
        assertTrue(Site.text(page).contains("Service momentanément indisponible"), Site.text(page));
        assertTrue(Site.text(page).contains("n'a pas été enregistré"), Site.text(page));
        assertFalse(page.body().contains("Exception"), "no internals");
        assertFalse(page.body().contains("at org."), "no stack trace");
        assertEquals(before, site.counts(), "the row written before the statement was rolled back");
    }

    @Test
    void the503PageNeedsNoDatabaseAndPassesAxe() {
        WebDriver driver = Browser.open();
        try {
            driver.get(base + VIEW.substring(1));
            Browser.type(driver, "timeout:username", "timeout-test-2");
            Browser.clickAndWait(driver, By.id("timeout:submit"));
            assertEquals("Service momentanément indisponible", driver.findElement(By.tagName("h1")).getText());
            assertEquals("fr", driver.findElement(By.tagName("html")).getAttribute("lang"));
            Browser.assertAccessible(driver);
        } finally {
            driver.quit();
        }
    }

    private static void assertSamePageWithMessage(HttpResponse<String> page, String message) {
        assertEquals(200, page.statusCode(), Site.text(page));
        assertTrue(page.uri().getPath().endsWith(VIEW), "no redirect, no error page: " + page.uri());
        assertTrue(page.body().contains("id=\"error-summary\""), "in the error summary: " + Site.text(page));
        assertTrue(Site.text(page).contains(message), Site.text(page));
        assertTrue(page.body().contains("id=\"unmapped\""), "the same view again");
        assertFalse(page.body().contains("Exception"), "no internals");
        assertFalse(page.body().contains("at org."), "no stack trace");
    }
}
