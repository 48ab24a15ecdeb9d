package org.compteassure.it.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.compteassure.it.support.Accounts;
import org.compteassure.it.support.Browser;
import org.compteassure.it.support.ClientTest;
import org.compteassure.it.support.People;
import org.compteassure.it.support.Site;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** "Mes paiements" as a person uses it: home card, list, filters, pages, chart, detail, IJ tab, and the owner check. */
class PaymentPagesIT extends ClientTest {

    private static final String CODE = "Paiements-Lavande-42";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

    @Test
    void aPersonFiltersPagesOpensADetailAndSeesTheChartAndAllowances() {
        People.Person person = personWithPayments();
        WebDriver driver = Browser.open();
        try {
            driver.get(base.toString());
            Browser.type(driver, "login:nir", person.nir13());
            Browser.type(driver, "login:code", CODE);
            Browser.clickAndWait(driver, By.id("login:submit"));
            assertTrue(driver.getCurrentUrl().endsWith("/espace/accueil"), driver.getCurrentUrl());
            List<WebElement> latest = driver.findElements(By.cssSelector("#latest-payments li"));
            assertEquals(3, latest.size());
            assertTrue(latest.get(0).getText().contains("En cours"), latest.get(0).getText());
            Browser.assertAccessible(driver);

            Browser.clickAndWait(driver, By.linkText("Voir tous mes paiements"));
            assertEquals("Mes paiements", driver.findElement(By.tagName("h1")).getText());
            assertEquals(20, rows(driver).size());
            assertTrue(rows(driver).get(0).getText().contains("En cours"), "the newest is pending");
            assertTrue(rows(driver).get(0).getText().contains("12,50"),
                    rows(driver).get(0).getText());
            String totals = driver.findElement(By.id("totals")).getText();
            assertTrue(totals.contains("Nombre de paiements\n24"), totals);
            assertTrue(totals.matches("(?s).*Montant payé\\n266,00\\s€.*"), totals);
            assertEquals(27, driver.findElements(By.cssSelector("svg.chart rect.chart-bar")).size());
            assertEquals(27, driver.findElements(By.cssSelector("#chart-data tbody tr")).size());
            assertEquals("Page 1 sur 2", driver.findElement(By.cssSelector(".pagination span")).getText());
            YearMonth month = YearMonth.from(TODAY);
            assertEquals(month.minusMonths(26).toString(),
                    new Select(driver.findElement(By.id("du"))).getFirstSelectedOption().getAttribute("value"));
            assertEquals(month.toString(),
                    new Select(driver.findElement(By.id("au"))).getFirstSelectedOption().getAttribute("value"));
            Browser.assertAccessible(driver);

            Browser.clickAndWait(driver, By.linkText("Page suivante"));
            assertEquals(4, rows(driver).size());
            assertTrue(driver.getCurrentUrl().endsWith("page=2"), driver.getCurrentUrl());
            Browser.assertAccessible(driver);

            new Select(driver.findElement(By.id("qui"))).selectByVisibleText("Lea");
            new Select(driver.findElement(By.id("statut"))).selectByVisibleText("Payé");
            Browser.clickAndWait(driver, By.id("filter"));
            assertTrue(driver.getCurrentUrl().contains("statut=paye"), driver.getCurrentUrl());
            assertEquals(10, rows(driver).size());
            assertTrue(rows(driver).stream().allMatch(r -> r.getText().contains("Lea") && r.getText().contains("Payé")));
            assertTrue(driver.findElement(By.id("totals")).getText().contains("Nombre de paiements\n10"));
            assertEquals("Payé", new Select(driver.findElement(By.id("statut"))).getFirstSelectedOption().getText(),
                    "the form shows the filter applied");
            Browser.assertAccessible(driver);

            Browser.clickAndWait(driver, By.cssSelector("#payments tbody tr a"));
            assertEquals("Détail du paiement", driver.findElement(By.tagName("h1")).getText());
            String detail = driver.findElement(By.id("detail")).getText();
            for (String expected : List.of("Référence\nP-" + person.nir13() + "-", "Bénéficiaire\nLea",
                    "Participation forfaitaire\n2,00", "Taux de remboursement\n70 %", "Base de remboursement\n30,00",
                    "Versé sur le compte\n•••• ", "Date de paiement\n")) {
                assertTrue(detail.contains(expected), expected + " in " + detail);
            }
            assertFalse(detail.contains("FR76"), "the IBAN is masked");
            Browser.assertAccessible(driver);

            driver.get(base + "espace/paiements");
            Browser.clickAndWait(driver, By.linkText("Indemnités journalières"));
            String allowances = driver.findElement(By.id("allowances")).getText();
            assertTrue(allowances.contains("du " + table(TODAY.minusDays(60)) + " au " + table(TODAY.minusDays(47))),
                    allowances);
            Browser.assertAccessible(driver);

            driver.manage().window().setSize(new Dimension(360, 800));
            driver.get(base + "espace/paiements");
            Number overflow = (Number) ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertEquals(0, overflow.intValue(), "no sideways scrolling of the page at 360 px");
            Browser.assertAccessible(driver);
        } finally {
            driver.quit();
        }
    }

    @Test
    void anotherPersonsPaymentAnswers404AndForgedFiltersAreIgnored() {
        People.Person owner = personWithAccount();
        People.Person other = personWithAccount();
        Site site = newSite();
        pay(site, other, "SECRET", TODAY.minusDays(2), "77.77", "PAID", null, null);
        pay(site, owner, "MINE", TODAY.minusDays(2), "12.50", "PAID", null, null);
        String theirs = site.get("/test-support/payment-id?reference=SECRET-" + other.nir13()).body();
        Accounts.login(site, owner.nir13(), CODE);

        HttpResponse<String> foreign = site.get("/espace/paiement?id=" + theirs);
        assertEquals(404, foreign.statusCode());
        assertFalse(foreign.body().contains("77,77"), "no data of the other person");
        assertEquals(404, site.get("/espace/paiement?id=abc").statusCode());
        assertEquals(404, site.get("/espace/paiement").statusCode());

        // A browser asking for English still reads French until the person switches: the chart's texts, made in
        // the page's view action before the template sets the language, too.
        String english = site.send(HttpRequest.newBuilder(URI.create(base + "espace/paiements"))
                .header("Accept-Language", "en-US,en;q=0.9").GET().build()).body();
        String chart = english.substring(english.indexOf("id=\"chart-data\""));
        assertTrue(chart.contains(DateTimeFormatter.ofPattern("MMMM uuuu", Locale.FRENCH).format(TODAY))
                && chart.contains("12,50"), chart);

        HttpResponse<String> forged = site.get("/espace/paiements?du=xyz&type=%3Cscript%3E&page=" + "9".repeat(10_000)
                + "&qui=-1");
        assertEquals(200, forged.statusCode());
        assertTrue(Site.text(forged).contains("ces filtres ont été ignorés"), Site.text(forged));
        assertFalse(forged.body().contains("<script>"));

        Site anonymous = newSite();
        HttpResponse<String> notLoggedIn = anonymous.get("/espace/paiement?id=" + theirs);
        assertFalse(notLoggedIn.body().contains("77,77"));
        assertTrue(notLoggedIn.uri().getPath().endsWith("/"), "sent to the login page: " + notLoggedIn.uri());
    }

    @Test
    void aRejectedPaymentAndADailyAllowanceSayWhatTheyAre() {
        People.Person person = personWithAccount();
        Site site = newSite();
        pay(site, person, "REJ", TODAY.minusDays(4), "9.99", "REJECTED", null, null);
        pay(site, person, "IJW", TODAY.minusDays(30), "125.00", "PAID", null, "DAILY_ALLOWANCE");
        Accounts.login(site, person.nir13(), CODE);

        String rejected = Site.text(site.get("/espace/paiement?id="
                + site.get("/test-support/payment-id?reference=REJ-" + person.nir13()).body()));
        assertFalse(rejected.contains("Montant remboursé"), rejected);
        assertTrue(rejected.contains("Montant non remboursé (rejeté)"), rejected);

        String allowanceId = site.get("/test-support/payment-id?reference=IJW-" + person.nir13()).body();
        String allowance = Site.text(site.get("/espace/paiement?id=" + allowanceId));
        for (String careWord : List.of("Date des soins", "Acte", "Participation forfaitaire", "Franchise",
                "Montant remboursé", "Ces soins")) {
            assertFalse(allowance.contains(careWord), careWord + " in " + allowance);
        }
        assertTrue(allowance.contains("Montant net versé") && allowance.contains("Période indemnisée"), allowance);
        String report = Site.text(site.get("/espace/signaler-paiement?id=" + allowanceId));
        assertTrue(report.contains("Début de la période indemnisée") && !report.contains("Date des soins"), report);
    }

    @Test
    void eachViewShowsWhatIsStoredNow() {
        People.Person person = personWithAccount();
        Site site = newSite();
        pay(site, person, "FIRST", TODAY.minusDays(2), "11.11", "PAID", null, null);
        Accounts.login(site, person.nir13(), CODE);
        assertTrue(site.get("/espace/paiements").body().contains("11,11"));

        // Written straight to the database, the way a second node or the import would: the next view shows it.
        site.support("payment", Map.of("nir", person.nir13(), "careDate", TODAY.minusDays(1).toString(),
                "amount", "22.22", "status", "PAID", "reference", "DIRECT-" + person.nir13()));
        assertTrue(site.get("/espace/paiements").body().contains("22,22"));
        assertFalse(newSite().get("/espace/paiements").body().contains("11,11"), "never another session's page");

        // A payment from the feed, a change in the register.
        HttpResponse<String> fed = site.send(HttpRequest.newBuilder(URI.create(base + "api/paiements"))
                .header("Content-Type", "application/json")
                .header("Authorization", site.claimsSystem())
                .POST(HttpRequest.BodyPublishers.ofString(Json.createArrayBuilder().add(
                        PaymentFeedApiIT.care("FED-" + System.nanoTime(), person, "PENDING")).build().toString()))
                .build());
        assertEquals(200, fed.statusCode(), fed.body());
        String afterFeed = site.get("/espace/paiements").body();
        assertTrue(afterFeed.contains("22,22") && afterFeed.contains("12,50"), afterFeed);

        site.support("person", Map.of("nir", person.nir13(), "familyName", "TESTEUR", "givenNames", "Renommee",
                "birthDate", person.birthDate().toString(), "iban", person.iban(), "vitale", person.vitale()));
        assertTrue(site.get("/espace/paiements").body().contains("Renommee"), "the register's new name");
    }

    private static List<WebElement> rows(WebDriver driver) {
        return driver.findElements(By.cssSelector("#payments tbody tr"));
    }

    private People.Person personWithAccount() {
        People.Person person = People.fresh(false);
        Site site = newSite();
        Accounts.openWithoutEmail(site, person, CODE);
        return person;
    }

    /**
     * 24 payments: 20 for Lea (ASCII: the test-support servlet reads ISO-8859-1 parameters) (10 paid at 12,50 €, 10 rejected), 2 for the person (paid 8,00 €), a pending one newest
     * of all, and a paid daily allowance (10 × 12,50 + 2 × 8,00 + 125,00 = 266,00 € paid).
     */
    private People.Person personWithPayments() {
        People.Person person = personWithAccount();
        Site site = newSite();
        for (int i = 0; i < 20; i++) {
            pay(site, person, "P-" + person.nir13() + "-" + i, TODAY.minusDays(5 + i * 30L), "12.50",
                    i % 2 == 0 ? "PAID" : "REJECTED", "Lea", null);
        }
        pay(site, person, "S1", TODAY.minusDays(3), "8.00", "PAID", null, null);
        pay(site, person, "S2", TODAY.minusDays(100), "8.00", "PAID", null, null);
        pay(site, person, "NEW", TODAY.minusDays(1), "12.50", "PENDING", null, null);
        pay(site, person, "IJ", TODAY.minusDays(60), "125.00", "PAID", null, "DAILY_ALLOWANCE");
        return person;
    }

    private static void pay(Site site, People.Person person, String reference, LocalDate careDate, String amount,
                            String status, String child, String kind) {
        Map<String, String> parameters = new HashMap<>(Map.of("nir", person.nir13(), "careDate", careDate.toString(),
                "amount", amount, "status", status, "reference",
                reference.startsWith("P-") ? reference : reference + "-" + person.nir13()));
        if (child != null) {
            parameters.put("child", child);
        }
        if (kind != null) {
            parameters.put("kind", kind);
        }
        site.support("payment", parameters);
    }

    private static String table(LocalDate date) {
        return String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
