package org.compteassure.it.demarche;

import org.compteassure.service.platform.ClockProducer;
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
import org.compteassure.it.support.StaffLogin;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * « Mes démarches » from outside: a person changes their IBAN in Chromium, sees the démarche « Reçue », the back
 * office confirms it through the status API, the person sees « Traitée » and the new IBAN (axe-core on every page);
 * a person reports a payment and an adviser finds it in the desk and in the person's file; and the status API's
 * answers to bad input.
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
    void aPersonReportsAPaymentAndAnAdviserSeesItInTheDeskAndThePersonsFile() {
        Person person = People.fresh(true);
        Site site = newSite();
        int mails = Accounts.openByEmail(site, person, CODE);
        String reference = "PAY-JRN-" + System.nanoTime();
        site.support("payment", Map.of("nir", person.nir13(), "reference", reference, "careDate",
                LocalDate.now(ClockProducer.ZONE).minusDays(12).toString(), "amount", "21.00", "status", "PAID"));
        String paymentId = Site.text(site.get("/test-support/payment-id?reference=" + reference));
        String adviser = "conseil-signal-" + System.nanoTime() % 100_000;
        site.support("staff", Map.of("username", adviser, "password", "Conseil-Signal-2026!", "role", "adviser"));

        Accounts.loginInBrowser(driver, base.toString(), person, CODE, ++mails);
        driver.get(base + "espace/paiement?id=" + paymentId);
        Browser.clickAndWait(driver, By.id("report"));
        assertTrue(driver.getCurrentUrl().contains("/espace/signaler-paiement?id=" + paymentId), driver.getCurrentUrl());
        assertEquals("Il vous reste 1 000 caractères sur 1 000.", driver.findElement(By.id("text-counter")).getText()
                .replace('\u202f', ' ').replace('\u00a0', ' '));
        Browser.assertAccessible(driver);
        Browser.clickAndWait(driver, By.id("report:submit"));
        assertTrue(driver.findElement(By.id("reason-error")).getText().contains("Choisissez une réponse"),
                Browser.mainText(driver));
        Browser.assertAccessible(driver);
        driver.findElement(By.xpath("//label[normalize-space()='Autre']")).click();
        Browser.clickAndWait(driver, By.id("report:submit"));
        assertTrue(driver.findElement(By.id("text-error")).getText().contains("obligatoire quand vous choisissez"),
                Browser.mainText(driver));
        Browser.assertAccessible(driver);
        String words = "Ce médecin m'est inconnu.";
        driver.findElement(By.id("report:text")).sendKeys(words);
        assertTrue(driver.findElement(By.id("text-counter")).getText().startsWith("Il vous reste 975"),
                driver.findElement(By.id("text-counter")).getText());
        Browser.clickAndWait(driver, By.id("report:submit"));
        assertTrue(driver.getCurrentUrl().endsWith("/espace/demarches"), driver.getCurrentUrl());
        String list = Browser.mainText(driver);
        assertTrue(list.contains("Votre signalement est enregistré") && list.contains("Signalement d'un paiement"),
                list);
        Browser.assertAccessible(driver);
        Matcher found = NUMBER.matcher(list);
        assertTrue(found.find(), list);
        String number = found.group();
        Browser.clickAndWait(driver, By.partialLinkText("Ma messagerie"));
        assertTrue(Browser.mainText(driver).contains("Signalement d'un paiement · " + number), Browser.mainText(driver));
        driver.get(base + "espace/signaler-paiement?id=" + paymentId);
        assertTrue(Browser.mainText(driver).contains("Vous avez déjà signalé ce paiement"), Browser.mainText(driver));
        Browser.assertAccessible(driver);
        Browser.clickAndWait(driver, By.linkText("Voir la démarche " + number));
        assertTrue(driver.getCurrentUrl().endsWith("/espace/demarches#demarche-" + number), driver.getCurrentUrl());
        Browser.clickAndWait(driver, By.id("logout:submit"));

        StaffLogin.in(driver, base.toString(), adviser, "Conseil-Signal-2026!");
        driver.get(base + "conseiller/messagerie?objet=PAYMENT_REPORT");
        Browser.assertAccessible(driver);
        Browser.clickAndWait(driver, By.partialLinkText(number));
        assertTrue(Browser.mainText(driver).contains(words), Browser.mainText(driver));
        Browser.clickAndWait(driver, By.id("take:submit"));
        Browser.type(driver, "reply:text", "Nous vérifions ce paiement auprès du médecin.");
        Browser.clickAndWait(driver, By.id("reply:submit"));
        mails++; // the reply's notice
        Browser.clickAndWait(driver, By.linkText("Dossier de l'assuré"));
        WebElement demarche = driver.findElement(By.id("demarche-" + number));
        assertTrue(demarche.getText().contains("Signalement d'un paiement · " + number), demarche.getText());
        assertTrue(demarche.getText().contains("Reçue"), demarche.getText());
        Browser.assertAccessible(driver);

        HttpResponse<String> done = status(site, site.claimsSystem(), number, "{\"statut\":\"DONE\"}",
                "application/json");
        assertEquals(200, done.statusCode(), done.body());
        Mailbox.awaitMail(person.email(), ++mails);
        assertTrue(Mailbox.received(person.email()).stream()
                .anyMatch(mail -> mail.subject().equals("Votre démarche " + number + " a avancé")));
        driver.navigate().refresh();
        assertTrue(driver.findElement(By.id("demarche-" + number)).getText().contains("Traitée"),
                driver.findElement(By.id("demarche-" + number)).getText());
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
        assertAnswer(status(site, claims, number, "{\"statut\":\"DONE\",\"date\":\"" + LocalDate.now(ClockProducer.ZONE).plusDays(3)
                + "\"}", "application/json"), 400, "à venir");
        for (String bad : List.of("{", "{\"statut\":\"FINIE\"}", "{\"statut\":\"DONE\",\"date\":\"03/12/2026\"}",
                "{\"statut\":\"DONE\",\"motif\":42}", "[]")) {
            assertAnswer(status(site, claims, number, bad, "application/json"), 400, "Le corps attendu");
        }
        assertAnswer(status(site, claims, number, "{\"statut\":\"DONE\"}", "text/plain"), 415, "JSON");
        assertAnswer(status(site, claims, number, "{\"statut\":\"DONE\",\"motif\":\"" + "x".repeat(300 * 1024)
                + "\"}", "application/json"), 413, "trop volumineux");
        assertTrue(Site.text(site.get("/espace/demarches")).contains("Reçue"), "nothing half-written");

        assertAnswer(status(site, claims, number, "{\"statut\":\"IN_PROGRESS\",\"date\":\"" + LocalDate.now(ClockProducer.ZONE)
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
