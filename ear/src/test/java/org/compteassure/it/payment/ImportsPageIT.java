package org.compteassure.it.payment;

import org.compteassure.service.platform.ClockProducer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.compteassure.it.support.Browser;
import org.compteassure.it.support.StaffLogin;
import org.compteassure.it.support.BrowserTest;
import org.compteassure.it.support.People;
import org.compteassure.it.support.Site;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;

/** /admin/imports in Chromium: upload, refusal of a bad file, the progress and the report; only for administrators. */
class ImportsPageIT extends BrowserTest {

    @Test
    void anAdministratorImportsAFileAndReadsItsReport() throws Exception {
        People.Person person = People.fresh(false);
        newSite().register(person);
        StaffLogin.in(driver, base.toString(), "premier-admin", "Premier-Admin-2026!");
        driver.get(base + "admin/imports");
        assertEquals("Imports de paiements", driver.findElement(By.tagName("h1")).getText());
        Browser.assertAccessible(driver);
        String form = driver.findElement(By.id("upload")).getText();
        assertTrue(form.contains("Choisir un fichier") && form.contains("Aucun fichier choisi"),
                "the page's own French button, not the browser's « Choose file »: " + form);
        assertEquals("Fichier CSV de paiements", driver.findElement(By.cssSelector("label[for='upload:file']")).getText());
        driver.findElement(By.cssSelector("#csv-format summary")).click();
        String format = driver.findElement(By.id("csv-format")).getText();
        assertTrue(format.contains("rejectionReason") && format.contains("avec PAID ; jamais avec PENDING"), format);
        assertFalse(Browser.mainText(driver).contains("README") || Browser.mainText(driver).contains("docs/"),
                "the page describes the format itself");
        Browser.assertAccessible(driver);

        Browser.clickAndWait(driver, By.id("upload:submit"));
        assertTrue(Browser.mainText(driver).contains("Choisissez un fichier CSV non vide."), Browser.mainText(driver));
        Browser.assertAccessible(driver);

        upload("reference;nir;montant\nA;B;C\n");
        assertTrue(Browser.mainText(driver).contains(
                "Ce fichier ne peut pas être importé : Colonne inconnue dans l'en-tête : « montant »."), Browser.mainText(driver));
        upload("reference;nir\n");
        assertTrue(Browser.mainText(driver).contains("Colonnes obligatoires absentes de l'en-tête : kind, careDate, "
                + "actLabel, amountPaid, status."), Browser.mainText(driver));
        upload("\"reference;nir\n");
        assertTrue(Browser.mainText(driver).contains("La première ligne n'est pas un en-tête CSV lisible."),
                Browser.mainText(driver));

        String run = "P" + System.nanoTime();
        String day = LocalDate.now(ClockProducer.ZONE).minusDays(2).toString();
        upload("reference;nir;kind;careDate;actLabel;amountPaid;status\n"
                + run + "-1;" + person.nir15() + ";REIMBURSEMENT;" + day + ";Pharmacie;8.40;PENDING\n"
                + run + "-2;" + person.nir13() + ";REIMBURSEMENT;" + day + ";Consultation;16.50;PENDING\n"
                + run + "-3;" + person.nir13() + ";REIMBURSEMENT;" + day + ";<script>alert(1)</script>;-1.00;PENDING\n");
        assertTrue(driver.getCurrentUrl().contains("/admin/imports?import="), driver.getCurrentUrl());
        awaitStatus("Terminé");
        assertEquals("3", driver.findElement(By.id("count-read")).getText());
        assertEquals("2", driver.findElement(By.id("count-imported")).getText());
        assertEquals("1", driver.findElement(By.id("count-rejected")).getText());
        String report = driver.findElement(By.id("rejections")).getText();
        assertTrue(report.contains("4") && report.contains("amountPaid : montant négatif"), report);
        Browser.assertAccessible(driver);
    }

    @Test
    void onlyAdministratorsMayOpenIt() {
        Site visitor = newSite();
        assertEquals("/conseiller", visitor.get("/admin/imports").uri().getPath());
    }

    private void upload(String csv) throws Exception {
        Path file = Files.createTempFile("paiements", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        driver.findElement(By.id("upload:file")).sendKeys(file.toAbsolutePath().toString());
        Browser.clickAndWait(driver, By.id("upload:submit"));
        Files.delete(file);
    }

    /** The job runs in the background; the page's status region refreshes itself until it ends. */
    private void awaitStatus(String text) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (driver.findElement(By.id("progress-text")).getText().startsWith(text)) {
                    return;
                }
            } catch (StaleElementReferenceException e) {
                // The script replaced the status region between finding the text and reading it: read it again.
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        fail("« " + text + " » never shown: " + Browser.mainText(driver));
    }
}
