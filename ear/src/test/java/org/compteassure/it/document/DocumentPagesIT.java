package org.compteassure.it.document;

import org.compteassure.service.platform.ClockProducer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compteassure.it.support.Accounts;
import org.compteassure.it.support.StaffLogin;
import org.compteassure.it.support.Browser;
import org.compteassure.it.support.ClientTest;
import org.compteassure.it.support.People;
import org.compteassure.it.support.People.Person;
import org.compteassure.it.support.Site;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The documents, the public check and the European card from outside: downloads and their 404s, bad input on every
 * form, the card maker's API, and a Chromium journey with axe-core on each page.
 */
class DocumentPagesIT extends ClientTest {

    private static final String CODE = "Brume-Ocre-Tulipe-77";
    private static final List<String> BAD = List.of("12345", "01/01/1999", "x".repeat(10_000), "<script>alert(1)</script>",
            "' OR '1'='1' --", "😀🏥😀", "");
    private static final Pattern FIELD_ERROR = Pattern.compile("<span class=\"field-error\" id=\"[^\"]+\">([^<]+)");

    /** A person with an account (no e-mail, so no second step) and one child; answers the child's id. */
    private long arrange(Site site, Person person) {
        Accounts.openWithoutEmail(site, person, CODE);
        HttpResponse<String> child = site.send(HttpRequest.newBuilder(URI.create(base + "test-support/child"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("nir=" + person.nir13()
                        + "&familyName=TESTEUR&givenNames=Lou&birthDate=2016-02-03")).build());
        return Long.parseLong(child.body().strip());
    }

    @Test
    void aPersonDownloadsTheirFamilysDocumentsButNotAnotherFamilys() {
        Site mine = newSite();
        Person me = People.fresh(false);
        long myChild = arrange(mine, me);
        Site theirs = newSite();
        Person them = People.fresh(false);
        long theirChild = arrange(theirs, them);

        assertFalse(isPdf(mine.get("/espace/document/droits")), "not logged in: no document");
        Accounts.login(mine, me.nir13(), CODE);
        assertTrue(isPdf(mine.get("/espace/document/droits")));
        HttpResponse<String> childs = mine.get("/espace/document/droits?pour=" + myChild);
        assertTrue(isPdf(childs));
        assertTrue(childs.headers().firstValue("Content-Disposition").orElse("")
                .matches("attachment; filename=\"attestation-droits-lou-testeur-\\d{4}-\\d{2}-\\d{2}\\.pdf\""),
                "the file name says what and who: " + childs.headers().firstValue("Content-Disposition"));
        assertTrue(isPdf(mine.get("/espace/document/releve-fiscal?annee=" + (LocalDate.now(ClockProducer.ZONE).getYear() - 1))));
        for (String forged : List.of("/espace/document/droits?pour=" + theirChild, "/espace/document/droits?pour=abc",
                "/espace/document/droits?pour=" + "9".repeat(10_000), "/espace/document/releve-mensuel?mois=1999-01",
                "/espace/document/releve-mensuel?mois=%3Cscript%3E", "/espace/document/releve-fiscal",
                "/espace/document/certificat-provisoire?pour=" + theirChild + "&depart=" + LocalDate.now(ClockProducer.ZONE).plusDays(3),
                "/espace/document/certificat-provisoire?depart=" + LocalDate.now(ClockProducer.ZONE).plusDays(40),
                "/espace/document/certificat-provisoire?depart=" + LocalDate.now(ClockProducer.ZONE).minusDays(1),
                "/espace/document/nimporte-quoi")) {
            HttpResponse<String> refused = mine.get(forged);
            assertEquals(404, refused.statusCode(), forged);
            assertTrue(Site.text(refused).contains("Page introuvable"), forged + ": the French 404 page");
        }

        HttpResponse<String> guessed = mine.submit("/espace/documents", "attach", Map.of("otherParentNir", them.nir15(),
                "childGivenName", "Lou", "childBirthDate", "04/02/2016"));
        assertTrue(Site.text(guessed).contains("Aucun enfant ne correspond à ces informations"), Site.text(guessed));
        HttpResponse<String> attached = mine.submit("/espace/documents", "attach", Map.of("otherParentNir", them.nir15(),
                "childGivenName", "lou", "childBirthDate", "03/02/2016"));
        String asked = Site.text(attached);
        assertTrue(asked.contains("Votre demande de rattachement est transmise à votre caisse"), asked);
        assertTrue(asked.contains("Lou TESTEUR") && asked.contains("rattachement en attente de validation"), asked);
        assertEquals(404, mine.get("/espace/document/droits?pour=" + theirChild).statusCode(), "not before the fund");
        Matcher number = Pattern.compile("D-\\d{4}-\\d{6}").matcher(asked);
        assertTrue(number.find(), asked);
        assertEquals(200, mine.send(HttpRequest.newBuilder(URI.create(base + "api/demarches/" + number.group()
                        + "/statut")).header("Content-Type", "application/json")
                .header("Authorization", mine.claimsSystem())
                .POST(HttpRequest.BodyPublishers.ofString("{\"statut\":\"DONE\"}")).build()).statusCode());
        assertTrue(Site.text(mine.get("/espace/documents")).contains("rattaché(e) à vous comme second parent"));
        assertTrue(isPdf(mine.get("/espace/document/droits?pour=" + theirChild)), "the second parent's child now");
    }

    @Test
    void everyFormRefusesBadInputNextToTheFieldAndStoresNothing() {
        Site site = newSite();
        Person me = People.fresh(false);
        arrange(site, me);
        Accounts.login(site, me.nir13(), CODE);
        String before = site.counts();
        for (String bad : BAD) {
            assertRefused(site.submit("/espace/documents", "allowances", Map.of("from", bad, "to", bad)), bad);
            assertRefused(site.submit("/espace/carte-europeenne", "order", Map.of("people", bad, "departure", bad)), bad);
            assertRefused(site.submit("/espace/documents", "attach", Map.of("otherParentNir", bad, "childGivenName", bad,
                    "childBirthDate", bad)), bad);
            assertRefused(newSite().submit("/verifier", "verifier", Map.of("code", bad)), bad);
        }
        HttpResponse<String> past = site.submit("/espace/carte-europeenne", "order", Map.of("people", "moi",
                "departure", DocumentsIT.day(LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(1))));
        assertTrue(Site.text(past).contains("La date de départ est déjà passée"), Site.text(past));
        HttpResponse<String> forged = site.submit("/espace/carte-europeenne", "order", Map.of("people", "123456789",
                "departure", DocumentsIT.day(LocalDate.now(ClockProducer.ZONE).plusDays(40))));
        assertTrue(Site.text(forged).contains("Choisissez une personne de la liste"), Site.text(forged));
        HttpResponse<String> future = site.submit("/espace/documents", "allowances", Map.of("from", "01/01/2020",
                "to", DocumentsIT.day(LocalDate.now(ClockProducer.ZONE).plusDays(40))));
        assertTrue(Site.text(future).contains("La période doit finir au plus tard aujourd'hui"), Site.text(future));
        assertEquals(before, site.counts(), "refused input stored nothing");
    }

    @Test
    void theCardMakerMovesOrdersThroughTheApiOnly() {
        Site site = newSite();
        Person me = People.fresh(false);
        arrange(site, me);
        Accounts.login(site, me.nir13(), CODE);
        HttpResponse<String> ordered = site.submit("/espace/carte-europeenne", "order", Map.of("people", "moi",
                "departure", DocumentsIT.day(LocalDate.now(ClockProducer.ZONE).plusDays(30))));
        assertTrue(Site.text(ordered).contains("la carte arrive par courrier dans environ 10 jours"), Site.text(ordered));
        HttpResponse<String> again = site.submit("/espace/carte-europeenne", "order", Map.of("people", "moi",
                "departure", DocumentsIT.day(LocalDate.now(ClockProducer.ZONE).plusDays(30))));
        assertTrue(Site.text(again).contains("Une carte est déjà commandée pour " + me.givenNames()), Site.text(again));

        String maker = "fabricant-" + System.nanoTime() % 1_000_000;
        site.support("staff", Map.of("username", maker, "password", "Fabricant-Carte-2026!", "role", "claims-system"));
        Site admin = newSite();
        StaffLogin.over(admin, "premier-admin", "Premier-Admin-2026!");
        String orders = admin.get("/admin/cartes").body();
        Matcher row = Pattern.compile("<td>(\\d+)</td>\\s*<td>" + me.givenNames() + " TESTEUR</td>").matcher(orders);
        assertTrue(row.find(), "the order is listed for the administrators: " + orders);
        String id = row.group(1);

        assertEquals(401, status(site, id, null, "{\"statut\":\"IN_PRODUCTION\"}"), "no credentials");
        assertEquals(400, status(site, id, maker, "{\"statut\":\"PERDUE\"}"));
        assertEquals(400, status(site, id, maker, "x".repeat(10_000)));
        assertEquals(404, status(site, "987654321", maker, "{\"statut\":\"IN_PRODUCTION\"}"));
        assertEquals(409, status(site, id, maker, "{\"statut\":\"SENT\"}"), "no step skipped");
        assertEquals(204, status(site, id, maker, "{\"statut\":\"IN_PRODUCTION\"}"));
        assertEquals(204, status(site, id, maker, "{\"statut\":\"IN_PRODUCTION\"}"), "the same status again");
        assertTrue(Site.text(site.get("/espace/carte-europeenne")).contains("En fabrication"));
        assertEquals(204, status(site, id, maker, "{\"statut\":\"SENT\"}"));
        assertTrue(Site.text(site.get("/espace/carte-europeenne")).contains("Expédiée"));
    }

    @Test
    void aJourneyThroughDocumentsVerificationAndACardOrderIsAccessible() {
        Site site = newSite();
        Person me = People.fresh(false);
        long child = arrange(site, me);
        Accounts.login(site, me.nir13(), CODE);
        HttpResponse<byte[]> pdf = site.getBytes("/espace/document/droits?pour=" + child);
        String code = DocumentsIT.code(DocumentsIT.text(pdf.body(), "Attestation de droits à l'assurance maladie"));

        WebDriver driver = Browser.open();
        try {
            driver.get(base.toString());
            Browser.type(driver, "login:nir", me.nir15());
            Browser.type(driver, "login:code", CODE);
            Browser.clickAndWait(driver, By.id("login:submit"));
            driver.get(base + "espace/documents");
            assertTrue(Browser.mainText(driver).contains("Attestation de droits de Lou TESTEUR"), Browser.mainText(driver));
            Browser.assertAccessible(driver);
            Browser.clickAndWait(driver, By.id("allowances:submit"));
            assertTrue(Browser.mainText(driver).contains("Renseignez le champ"), Browser.mainText(driver));
            Browser.assertAccessible(driver);

            Browser.clickAndWait(driver, By.linkText("Vérifier une attestation"));
            Browser.assertAccessible(driver);
            Browser.type(driver, "verifier:code", "ABCD-EFGH-JKMN-PQRS");
            Browser.clickAndWait(driver, By.id("verifier:submit"));
            assertTrue(Browser.mainText(driver).contains("Aucun document ne porte ce code"), Browser.mainText(driver));
            Browser.assertAccessible(driver);
            Browser.type(driver, "verifier:code", code);
            Browser.clickAndWait(driver, By.id("verifier:submit"));
            String verified = Browser.mainText(driver);
            assertTrue(verified.contains("Ce document a bien été délivré par la caisse") && verified.contains("TESTEUR, prénom commençant par L")
                    && !verified.contains("L. TESTEUR"),
                    verified);
            assertFalse(verified.contains("Lou"), "only the initial: " + verified);
            Browser.assertAccessible(driver);

            driver.get(base + "espace/carte-europeenne");
            Browser.assertAccessible(driver);
            driver.findElement(By.cssSelector("input[type=checkbox][value='" + child + "']")).click();
            Browser.type(driver, "order:departure", DocumentsIT.day(LocalDate.now(ClockProducer.ZONE).plusDays(5)));
            Browser.clickAndWait(driver, By.id("order:submit"));
            assertTrue(Browser.mainText(driver).contains("Certificat provisoire de Lou TESTEUR"), Browser.mainText(driver));
            Browser.assertAccessible(driver);
            driver.findElement(By.cssSelector("input[type=checkbox][value='moi']")).click();
            Browser.type(driver, "order:departure", DocumentsIT.day(LocalDate.now(ClockProducer.ZONE).plusDays(30)));
            Browser.clickAndWait(driver, By.id("order:submit"));
            assertTrue(Browser.mainText(driver).contains("la carte arrive par courrier dans environ 10 jours"),
                    Browser.mainText(driver));
            assertTrue(Browser.mainText(driver).contains("Commandée"), Browser.mainText(driver));
            Browser.assertAccessible(driver);

            driver.manage().deleteAllCookies();
            StaffLogin.in(driver, base.toString(), "premier-admin", "Premier-Admin-2026!");
            driver.get(base + "admin/cartes");
            Browser.assertAccessible(driver);
            Browser.clickAndWait(driver, By.xpath("//tr[td[text()='" + me.givenNames() + " TESTEUR']]//input[@type='submit']"));
            assertTrue(Browser.mainText(driver).contains("Le statut de la commande est mis à jour"), Browser.mainText(driver));
            assertTrue(driver.findElement(By.xpath("//tr[td[text()='" + me.givenNames() + " TESTEUR']]")).getText()
                    .contains("En fabrication"));
            Browser.assertAccessible(driver);
        } finally {
            driver.quit();
        }
    }

    private int status(Site site, String id, String user, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "api/cartes/" + id + "/statut"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":Fabricant-Carte-2026!").getBytes(StandardCharsets.UTF_8)));
        }
        return new Site(base.toString()).send(request.build()).statusCode();
    }

    private static boolean isPdf(HttpResponse<String> response) {
        return response.statusCode() == 200 && response.headers().firstValue("Content-Type").orElse("").equals("application/pdf")
                && response.body().startsWith("%PDF");
    }

    private static void assertRefused(HttpResponse<String> answer, String bad) {
        String what = answer.uri() + " with " + (bad.length() > 40 ? bad.length() + " characters" : "\"" + bad + "\"");
        assertTrue(answer.statusCode() == 200, what + ": status " + answer.statusCode());
        assertFalse(answer.body().contains("<script>alert(1)</script>"), what + ": HTML came back unescaped");
        assertFalse(answer.body().contains("Exception"), what + ": internals shown");
        Matcher message = FIELD_ERROR.matcher(answer.body());
        boolean besideAField = message.find() && !message.group(1).isBlank();
        assertTrue(besideAField || answer.body().contains("id=\"error-summary\""), what + ": no message in " + Site.text(answer));
    }
}
