package org.compteassure.it.demarche;

import org.compteassure.service.platform.ClockProducer;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compteassure.it.support.Accounts;
import org.compteassure.it.support.Browser;
import org.compteassure.it.support.BrowserTest;
import org.compteassure.it.support.Mailbox;
import org.compteassure.it.support.People;
import org.compteassure.it.support.People.Person;
import org.compteassure.it.support.Site;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * « Déclarer une naissance » in Chromium: French messages next to each field for bad input and a forged certificate,
 * then a real declaration that shows the child « en cours d'inscription », the back office fetching the certificate
 * and confirming through the status API, the person's e-mail and the child among their children (axe-core on each
 * page).
 */
class NewbornJourneyIT extends BrowserTest {

    private static final String CODE = "Brume-Ocre-Tulipe-77";
    private static final Pattern NUMBER = Pattern.compile("D-\\d{4}-\\d{6}");
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Test
    void aParentDeclaresABirthAndSeesTheChildRegisteredOnceTheFundConfirms() throws Exception {
        Person person = People.fresh(true);
        Site site = newSite();
        int mails = Accounts.openByEmail(site, person, CODE);
        Accounts.loginInBrowser(driver, base.toString(), person, CODE, ++mails);
        Browser.clickAndWait(driver, By.linkText("Mes informations"));
        Browser.clickAndWait(driver, By.linkText("Déclarer la naissance d'un enfant"));
        assertEquals("Déclarer une naissance", driver.findElement(By.tagName("h1")).getText());
        Browser.assertAccessible(driver);

        Browser.clickAndWait(driver, By.id("newborn:submit"));
        assertTrue(error("familyName").contains("Renseignez le champ « Nom de famille de l'enfant »"), error("familyName"));
        assertTrue(error("birthDate").contains("Date de naissance"), error("birthDate"));
        assertTrue(error("certificate").contains("Acte de naissance"), error("certificate"));
        assertFalse(error("sex").isEmpty(), "the sex is asked for");
        Browser.assertAccessible(driver);

        LocalDate born = LocalDate.now(ClockProducer.ZONE).minusDays(20);
        Path forged = Files.createTempFile("acte", ".pdf");
        Files.writeString(forged, "MZ ceci est un programme", StandardCharsets.ISO_8859_1);
        fill("Testeur", "Léa Marie", LocalDate.now(ClockProducer.ZONE).plusDays(2), forged);
        Browser.clickAndWait(driver, By.id("newborn:submit"));
        assertTrue(error("birthDate").contains("ne peut être ni à venir"), error("birthDate"));
        assertEquals("Léa Marie", driver.findElement(By.id("newborn:givenNames")).getAttribute("value"),
                "the typed values stay");

        Browser.type(driver, "newborn:birthDate", born.format(TYPED));
        driver.findElement(By.id("newborn:certificate")).sendKeys(forged.toString());
        Browser.clickAndWait(driver, By.id("newborn:submit"));
        assertTrue(error("certificate").contains("n'est ni un PDF, ni une image JPEG ou PNG"), error("certificate"));
        Browser.assertAccessible(driver);

        Path certificate = Files.createTempFile("acte-naissance", ".pdf");
        Files.write(certificate, PDF);
        driver.findElement(By.id("newborn:certificate")).sendKeys(certificate.toString());
        Browser.clickAndWait(driver, By.id("newborn:submit"));
        String sent = Browser.mainText(driver);
        assertTrue(sent.contains("Votre déclaration de naissance est transmise"), sent);
        assertTrue(sent.contains("Déclaration de naissance"), sent);
        Matcher found = NUMBER.matcher(sent);
        assertTrue(found.find(), sent);
        String number = found.group();
        Browser.assertAccessible(driver);

        Browser.clickAndWait(driver, By.linkText("Mes informations"));
        String children = driver.findElement(By.id("children")).getText();
        assertTrue(children.contains("Léa Marie TESTEUR") && children.contains("en cours d'inscription"), children);
        Browser.assertAccessible(driver);

        HttpResponse<byte[]> file = site.sendBytes(HttpRequest.newBuilder(URI.create(base + "api/demarches/" + number
                + "/acte-naissance")).header("Authorization", site.claimsSystem()).GET().build());
        assertEquals(200, file.statusCode());
        assertEquals("application/pdf", file.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(PDF, file.body(), "the certificate as it was uploaded");
        HttpResponse<String> unknown = site.send(HttpRequest.newBuilder(URI.create(base
                + "api/demarches/D-2026-999999/acte-naissance")).header("Authorization", site.claimsSystem()).GET()
                .build());
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertEquals(401, site.send(HttpRequest.newBuilder(URI.create(base + "api/demarches/" + number
                + "/acte-naissance")).GET().build()).statusCode(), "the back office's only");

        HttpResponse<String> done = site.send(HttpRequest.newBuilder(URI.create(base + "api/demarches/" + number
                        + "/statut")).header("Content-Type", "application/json")
                .header("Authorization", site.claimsSystem())
                .POST(HttpRequest.BodyPublishers.ofString("{\"statut\":\"DONE\"}")).build());
        assertEquals(200, done.statusCode(), done.body());
        assertEquals("Votre démarche " + number + " a avancé", Mailbox.awaitMail(person.email(), ++mails).subject());

        Browser.clickAndWait(driver, By.linkText("Mes informations"));
        children = driver.findElement(By.id("children")).getText();
        assertTrue(children.contains("Léa Marie TESTEUR") && children.contains("rattaché(e) à vous"), children);
        assertFalse(children.contains("en cours d'inscription"), children);
    }

    private void fill(String familyName, String givenNames, LocalDate born, Path certificate) {
        Browser.type(driver, "newborn:familyName", familyName);
        Browser.type(driver, "newborn:givenNames", givenNames);
        Browser.type(driver, "newborn:birthDate", born.format(TYPED));
        driver.findElement(By.cssSelector("input[name='newborn:sex'][value='FEMALE']")).click();
        driver.findElement(By.id("newborn:certificate")).sendKeys(certificate.toString());
    }

    private String error(String field) {
        return driver.findElement(By.id(field + "-error")).getText();
    }
}
