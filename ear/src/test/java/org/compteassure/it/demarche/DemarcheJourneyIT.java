package org.compteassure.it.demarche;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
 * « Mes démarches » from outside: a person changes their IBAN in Chromium, sees the démarche « Reçue », the back
 * office confirms it through the status API, the person sees « Traitée » and the new IBAN (axe-core on every page);
 * and the status API's answers to bad input.
 */
class DemarcheJourneyIT extends BrowserTest {

    private static final String CODE = "Brume-Ocre-Tulipe-77";
    private static final Pattern NUMBER = Pattern.compile("D-\\d{4}-\\d{6}");
    private static final String NEW_IBAN = "FR7630006000011234567890189";

    @Test
    void aPersonChangesTheirIbanAndFollowsItUntilTheFundConfirmsIt() {
        Person person = People.fresh(true);
        Site site = newSite();
        int mails = Accounts.openByEmail(site, person, CODE);
        Accounts.loginInBrowser(driver, base.toString(), person, CODE, ++mails);
        Browser.assertAccessible(driver);
        assertTrue(Browser.mainText(driver).contains("Aucune démarche en cours"), Browser.mainText(driver));

        Browser.clickAndWait(driver, By.linkText("Mes démarches"));
        assertTrue(Browser.mainText(driver).contains("aucune démarche"), Browser.mainText(driver));
        Browser.assertAccessible(driver);

        Browser.clickAndWait(driver, By.linkText("Mes informations"));
        Browser.type(driver, "bank:iban", "FR76 3000 6000 0112 3456 7890 189");
        Browser.type(driver, "bank:holder", "Camille Testeur");
        Browser.type(driver, "bank:code", CODE);
        Browser.clickAndWait(driver, By.id("bank:submit"));
        assertTrue(Browser.mainText(driver).contains("en attente de validation"), Browser.mainText(driver));
        assertFalse(driver.findElements(By.id("pending-iban")).isEmpty(), "the new IBAN shows as pending");
        String before = driver.findElement(By.xpath("//dt[text()='Compte de remboursement']/following-sibling::dd"))
                .getText();
        assertFalse(before.endsWith("0 189"), "payments keep the fund's IBAN: " + before);
        Browser.assertAccessible(driver);
        mails++; // the bank-details notice

        Browser.clickAndWait(driver, By.linkText("Mes démarches"));
        String list = Browser.mainText(driver);
        assertTrue(list.contains("Changement de coordonnées bancaires"), list);
        assertTrue(list.contains("Reçue"), list);
        assertTrue(list.contains("Traitement estimé d'ici le"), list);
        Browser.assertAccessible(driver);
        Matcher found = NUMBER.matcher(list);
        assertTrue(found.find(), list);
        String number = found.group();
        Browser.clickAndWait(driver, By.linkText("Accueil"));
        assertTrue(Browser.mainText(driver).contains(number), "in progress, so on the home page");

        HttpResponse<String> done = status(site, site.claimsSystem(), number, "{\"statut\":\"DONE\"}",
                "application/json");
        assertEquals(200, done.statusCode(), done.body());
        assertEquals("Votre démarche " + number + " a avancé", Mailbox.awaitMail(person.email(), ++mails).subject());

        Browser.clickAndWait(driver, By.linkText("Mes démarches"));
        assertTrue(Browser.mainText(driver).contains("Traitée"), Browser.mainText(driver));
        Browser.assertAccessible(driver);
        Browser.clickAndWait(driver, By.linkText("Accueil"));
        assertFalse(Browser.mainText(driver).contains(number), "done, so no longer on the home page");
        Browser.clickAndWait(driver, By.linkText("Mes informations"));
        assertTrue(driver.findElements(By.id("pending-iban")).isEmpty(), "no longer pending");
        String current = driver.findElement(By.xpath("//dt[text()='Compte de remboursement']/following-sibling::dd"))
                .getText();
        assertTrue(current.endsWith("0 189"), "the new IBAN is the account's: " + current);
    }

    @Test
    void theStatusApiAnswersBadInputInFrenchAndWritesNothing() {
        Person person = People.fresh(true);
        Site site = newSite();
        Accounts.openByEmail(site, person, CODE);
        site.submit("/espace/informations", "bank", Map.of("iban", NEW_IBAN, "holder", "Camille Testeur", "code",
                CODE));
        Matcher found = NUMBER.matcher(Site.text(site.get("/espace/demarches")));
        assertTrue(found.find());
        String number = found.group();
        String claims = site.claimsSystem();

        assertAnswer(status(site, claims, "D-2026-999999", "{\"statut\":\"DONE\"}", "application/json"), 404,
                "Aucune démarche");
        assertAnswer(status(site, claims, number, "{\"statut\":\"REFUSED\"}", "application/json"), 400,
                "Un refus demande un motif");
        assertAnswer(status(site, claims, number, "{\"statut\":\"REFUSED\",\"motif\":\"" + "x".repeat(10_000)
                + "\"}", "application/json"), 400, "au plus 500 caractères");
        assertAnswer(status(site, claims, number, "{\"statut\":\"DONE\",\"date\":\"" + LocalDate.now().plusDays(3)
                + "\"}", "application/json"), 400, "à venir");
        for (String bad : List.of("{", "{\"statut\":\"FINIE\"}", "{\"statut\":\"DONE\",\"date\":\"03/12/2026\"}",
                "{\"statut\":\"DONE\",\"motif\":42}", "[]")) {
            assertAnswer(status(site, claims, number, bad, "application/json"), 400, "Le corps attendu");
        }
        assertAnswer(status(site, claims, number, "{\"statut\":\"DONE\"}", "text/plain"), 415, "JSON");
        assertAnswer(status(site, claims, number, "{\"statut\":\"DONE\",\"motif\":\"" + "x".repeat(300 * 1024)
                + "\"}", "application/json"), 413, "trop volumineux");
        assertTrue(Site.text(site.get("/espace/demarches")).contains("Reçue"), "nothing half-written");

        assertAnswer(status(site, claims, number, "{\"statut\":\"IN_PROGRESS\",\"date\":\"" + LocalDate.now()
                + "\"}", "application/json"), 200, "\"modifie\":true");
        assertAnswer(status(site, claims, number, "{\"statut\":\"IN_PROGRESS\"}", "application/json"), 200,
                "\"modifie\":false");
        assertAnswer(status(site, claims, number, "{\"statut\":\"RECEIVED\"}", "application/json"), 409,
                "ne revient jamais en arrière");
        assertEquals(401, status(site, Site.basic("personne", "rien"), number, "{\"statut\":\"DONE\"}",
                "application/json").statusCode());
        assertTrue(Site.text(site.get("/espace/demarches")).contains("En cours de traitement"));
    }

    private HttpResponse<String> status(Site site, String authorization, String number, String body,
                                        String contentType) {
        return site.send(HttpRequest.newBuilder(URI.create(base + "api/demarches/" + number + "/statut"))
                .header("Content-Type", contentType).header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    private static void assertAnswer(HttpResponse<String> answer, int status, String saying) {
        assertEquals(status, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains(saying), answer.body());
        assertFalse(answer.body().contains("Exception"), answer.body());
    }
}
