package org.compteassure.it.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.compteassure.it.support.Accounts;
import org.compteassure.it.support.Browser;
import org.compteassure.it.support.BrowserTest;
import org.compteassure.it.support.Letters;
import org.compteassure.it.support.Mailbox;
import org.compteassure.it.support.People;
import org.compteassure.it.support.People.Person;
import org.compteassure.it.support.Site;
import org.compteassure.service.notification.DevMailbox.ReceivedMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The life of an account in Chromium, as its owner lives it: creating it by e-mail and by post, logging in with and
 * without the second step, trusting a device, forgetting the code, closing and reactivating. axe-core checks every
 * page on the way.
 */
class AccountFlowsIT extends BrowserTest {

    private static final String CODE = "Brume-Ocre-Tulipe-77";
    private static final String NEW_CODE = "Lichen-Marbre-Cobalt-31";
    private static final String THIRD_CODE = "Sorbier-Gravier-Indigo-58";
    /** Every code these tests typed or received: none may reach the server's log. */
    private static final List<String> SECRETS = new CopyOnWriteArrayList<>(List.of(CODE, NEW_CODE));

    @AfterAll
    static void noCodeReachedTheLog() throws IOException {
        String log = Files.readString(Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log"));
        SECRETS.forEach(secret -> assertFalse(log.contains(secret), "a code is in the server log"));
    }

    private Site site;

    @BeforeEach
    void open() {
        site = newSite();
    }

    @Test
    void createByEmailChooseTheCodeThenLogInWithTheSecondStepAndATrustedDevice() {
        Person person = People.fresh(true);
        site.register(person);

        go("creer-compte");
        fillCreation(person, "EMAIL");
        Browser.clickAndWait(driver, By.id("create:submit"));
        assertTrue(Browser.mainText(driver).contains("Un e-mail vient de vous être envoyé"), Browser.mainText(driver));
        Browser.assertAccessible(driver);

        ReceivedMail activation = Mailbox.awaitMail(person.email(), 1);
        assertTrue(activation.text().contains("30 minutes"), activation.text());
        driver.get(Accounts.linkIn(activation));
        Browser.assertAccessible(driver);
        Browser.clickAndWait(driver, By.linkText("English"));
        assertTrue(driver.getCurrentUrl().contains("/choisir-code?jeton="), "the switch keeps the link's token: "
                + driver.getCurrentUrl());
        assertEquals("Choose my code", driver.findElement(By.tagName("h1")).getText());
        Browser.clickAndWait(driver, By.linkText("Français"));
        assertTrue(driver.getCurrentUrl().contains("/choisir-code?jeton=") && !driver.getCurrentUrl().contains("lang="),
                driver.getCurrentUrl());
        chooseInBrowser("motdepasse");
        assertTrue(Browser.mainText(driver).contains("Règle non respectée"), Browser.mainText(driver));
        Browser.assertAccessible(driver);
        chooseInBrowser(person.givenNames().replace(' ', '-') + "-" + person.birthDate().getYear());
        assertTrue(Browser.mainText(driver).contains("Règle non respectée : Pas fait de vos nom"),
                "names and birth year, with separators: " + Browser.mainText(driver));
        chooseInBrowser(CODE);
        assertTrue(driver.getCurrentUrl().endsWith("/espace/securite"), driver.getCurrentUrl());
        assertTrue(Browser.mainText(driver).contains("Votre code est enregistré"));
        Browser.assertAccessible(driver);
        ReceivedMail activated = Mailbox.awaitMail(person.email(), 2);
        assertTrue(activated.subject().toLowerCase().contains("compte"));
        assertFalse(activated.text().contains(CODE) || activated.html().contains(CODE), "a mail never holds the code");
        logOut();
        go("espace/accueil");
        assertFalse(Browser.mainText(driver).contains("expiré"), "logged out, not expired: " + Browser.mainText(driver));

        // An e-mail's link to « Ma messagerie »: the login ends there, not on the home page.
        go("espace/messagerie");
        assertTrue(driver.getCurrentUrl().endsWith("/"), driver.getCurrentUrl());
        Browser.type(driver, "login:nir", person.nir13());
        Browser.type(driver, "login:code", CODE);
        Browser.clickAndWait(driver, By.id("login:submit"));
        assertTrue(driver.getCurrentUrl().endsWith("/verification"), driver.getCurrentUrl());
        assertEquals("verification:code", driver.switchTo().activeElement().getAttribute("id"),
                "the second step puts the focus in the code field");
        Browser.assertAccessible(driver);
        String loginCode = Accounts.loginCodeIn(Mailbox.awaitMail(person.email(), 3));
        SECRETS.add(loginCode);
        Browser.type(driver, "verification:code", loginCode);
        driver.findElement(By.id("verification:trust")).click();
        Browser.clickAndWait(driver, By.id("verification:submit"));
        assertTrue(driver.getCurrentUrl().endsWith("/espace/messagerie"), driver.getCurrentUrl());
        go("espace/accueil");
        assertTrue(Browser.mainText(driver).contains(person.givenNames()));
        Browser.assertAccessible(driver);
        logOut();

        loginInBrowser(person.nir13(), CODE);
        assertTrue(driver.getCurrentUrl().endsWith("/espace/accueil"), "a trusted device skips the second step");
        go("espace/securite");
        assertTrue(Browser.mainText(driver).contains("Appareils de confiance"));
        assertFalse(Browser.mainText(driver).contains("Aucun appareil de confiance"));
    }

    @Test
    void createByPostPrintTheLetterThenLogInWithTheProvisionalCode() {
        Person person = People.fresh(true);
        site.register(person);
        site.support("staff", Map.of("username", "conseil-" + person.nir13(), "password", "Conseil-Test-2026!",
                "role", "adviser"));

        go("creer-compte");
        fillCreation(person, "POST");
        Browser.clickAndWait(driver, By.id("create:submit"));
        assertTrue(Browser.mainText(driver).contains("courrier"), Browser.mainText(driver));

        String[] pages = Letters.printRun(base.toString(), "conseil-" + person.nir13(), "Conseil-Test-2026!");
        String provisional = Letters.codeFor(pages, person.givenNames());
        SECRETS.add(provisional);

        loginInBrowser(person.nir13(), provisional);
        assertTrue(driver.getCurrentUrl().endsWith("/choisir-code"), driver.getCurrentUrl());
        Browser.assertAccessible(driver);
        chooseInBrowser(CODE);
        assertTrue(driver.getCurrentUrl().endsWith("/espace/securite"), driver.getCurrentUrl());
        logOut();

        loginInBrowser(person.nir13(), provisional);
        assertTrue(Browser.mainText(driver).contains("code incorrect"), "a provisional code works once");
    }

    @Test
    void anAccountWithoutEmailLogsInWithoutTheSecondStep() {
        Person person = People.fresh(false);
        Accounts.openWithoutEmail(site, person, CODE);

        loginInBrowser(person.nir15(), CODE);
        assertTrue(driver.getCurrentUrl().endsWith("/espace/accueil"), driver.getCurrentUrl());
        Browser.assertAccessible(driver);

        List<String> links = driver.findElements(By.cssSelector("nav.main-nav a")).stream()
                .map(link -> link.getAttribute("href")).toList();
        assertTrue(links.size() >= 2, "the navigation lists the person's pages: " + links);
        for (String link : links) {
            driver.get(link);
            assertFalse(Browser.mainText(driver).contains("Page introuvable"), "the navigation offers " + link);
        }
    }

    @Test
    void forgottenCodeByEmailThenByPostEachKillTheOldCode() {
        Person person = People.fresh(true);
        int mails = Accounts.openByEmail(site, person, CODE);

        go("code-oublie");
        Browser.assertAccessible(driver);
        Browser.type(driver, "newCode:nir", person.nir15());
        Browser.type(driver, "newCode:birthDate", person.birthDateTyped());
        driver.findElement(By.cssSelector("input[name='newCode:channel'][value='EMAIL']")).click();
        Browser.clickAndWait(driver, By.id("newCode:submit"));
        assertTrue(Browser.mainText(driver).contains("Si ces informations correspondent"), Browser.mainText(driver));
        Browser.assertAccessible(driver);
        driver.get(Accounts.linkIn(Mailbox.awaitMail(person.email(), mails + 1)));
        chooseInBrowser(CODE);
        assertTrue(Browser.mainText(driver).contains("Règle non respectée : Différent de votre code actuel"),
                Browser.mainText(driver));
        chooseInBrowser(NEW_CODE);
        assertTrue(driver.getCurrentUrl().endsWith("/espace/securite"));
        logOut();
        assertTrue(Mailbox.awaitMail(person.email(), mails + 2).subject().toLowerCase().contains("code"));

        loginInBrowser(person.nir13(), CODE);
        assertTrue(Browser.mainText(driver).contains("code incorrect"), "the old code is dead");

        site.support("staff", Map.of("username", "oubli-" + person.nir13(), "password", "Conseil-Test-2026!",
                "role", "adviser"));
        site.submit("/code-oublie", "newCode", Map.of("nir", person.nir13(), "birthDate", person.birthDateTyped(),
                "channel", "POST"));
        String provisional = Letters.codeFor(Letters.printRun(base.toString(), "oubli-" + person.nir13(),
                "Conseil-Test-2026!"), person.givenNames());
        loginInBrowser(person.nir13(), provisional);
        chooseInBrowser(CODE);
        assertTrue(Browser.mainText(driver).contains("Règle non respectée : Différent de votre code actuel et du précédent"),
                "the previous code is refused too: " + Browser.mainText(driver));
        chooseInBrowser(THIRD_CODE);
        logOut();
        loginInBrowser(person.nir13(), NEW_CODE);
        assertTrue(Browser.mainText(driver).contains("code incorrect"), "the code chosen before is dead too");
    }

    @Test
    void closeTheAccountThenReactivateIt() {
        Person person = People.fresh(true);
        int mails = Accounts.openByEmail(site, person, CODE);
        // A second session of the same person, to see that closing ends it too.
        Site elsewhere = newSite();
        Accounts.login(elsewhere, person.nir13(), CODE);
        elsewhere.submit("/verification", "verification", Map.of("code",
                Accounts.loginCodeIn(Mailbox.awaitMail(person.email(), ++mails))));
        assertEquals(200, elsewhere.get("/espace/accueil").statusCode());

        loginInBrowser(person.nir13(), CODE);
        Browser.type(driver, "verification:code", Accounts.loginCodeIn(Mailbox.awaitMail(person.email(), ++mails)));
        Browser.clickAndWait(driver, By.id("verification:submit"));
        go("espace/securite");
        Browser.assertAccessible(driver);
        Browser.type(driver, "close:code", CODE);
        Browser.clickAndWait(driver, By.id("close:submit"));
        assertTrue(Browser.mainText(driver).contains("Votre compte est résilié"), Browser.mainText(driver));
        assertTrue(Mailbox.awaitMail(person.email(), ++mails).subject().contains("fermé"));
        assertTrue(elsewhere.get("/espace/accueil").uri().getPath().equals("/"), "the other session is over");

        loginInBrowser(person.nir13(), CODE);
        assertTrue(Browser.mainText(driver).contains("code incorrect"), "a closed account refuses its code");

        go("reactiver");
        Browser.assertAccessible(driver);
        Browser.type(driver, "newCode:nir", person.nir13());
        Browser.type(driver, "newCode:birthDate", person.birthDateTyped());
        Browser.clickAndWait(driver, By.id("newCode:submit"));
        driver.get(Accounts.linkIn(Mailbox.awaitMail(person.email(), ++mails)));
        chooseInBrowser(NEW_CODE);
        assertTrue(driver.getCurrentUrl().endsWith("/espace/securite"), "active again, and logged in");
    }

    @Test
    void theSessionListEndsAnotherSessionAndAllTheOthers() {
        Person person = People.fresh(false);
        Accounts.openWithoutEmail(site, person, CODE);
        Site phone = newSite();
        Site tablet = newSite();
        Accounts.login(phone, person.nir13(), CODE);
        Accounts.login(tablet, person.nir13(), CODE);

        loginInBrowser(person.nir13(), CODE);
        go("espace/securite");
        assertEquals(3, driver.findElements(By.cssSelector("#sessions tbody tr")).size());
        Browser.assertAccessible(driver);
        Browser.type(driver, "sessions:secret", "Pas-Le-Bon-Code-2026");
        Browser.clickAndWait(driver, By.cssSelector("#sessions tbody tr input[type='submit']"));
        assertTrue(Browser.mainText(driver).contains("Ce code secret n'est pas le bon"), "the code is asked again (ASVS 7.5.2)");
        Browser.assertAccessible(driver);
        assertEquals(3, driver.findElements(By.cssSelector("#sessions tbody tr")).size(), "nothing ended");
        Browser.type(driver, "sessions:secret", CODE);
        Browser.clickAndWait(driver, By.cssSelector("#sessions tbody tr input[type='submit']"));
        assertTrue(Browser.mainText(driver).contains("La session est fermée"));
        assertEquals(2, driver.findElements(By.cssSelector("#sessions tbody tr")).size());

        Browser.type(driver, "sessions:secret", CODE);
        Browser.clickAndWait(driver, By.id("sessions:endOthers"));
        assertEquals(1, driver.findElements(By.cssSelector("#sessions tbody tr")).size());
        assertTrue(phone.get("/espace/accueil").uri().toString().endsWith("/?info=fermee"));
        assertTrue(tablet.get("/espace/accueil").uri().toString().endsWith("/?info=fermee"));
        assertTrue(Site.text(tablet.get("/?info=fermee")).contains("Votre session a été fermée"));
        go("espace/accueil");
        assertTrue(driver.getCurrentUrl().endsWith("/espace/accueil"), "this session stays open");
    }

    private void go(String path) {
        driver.get(base + path);
    }

    private void fillCreation(Person person, String channel) {
        Browser.type(driver, "create:nir", person.nir15());
        Browser.type(driver, "create:birthDate", person.birthDateTyped());
        Browser.type(driver, "create:vitale", person.vitale());
        Browser.type(driver, "create:iban", person.ibanEnd());
        Browser.type(driver, "create:email", person.email());
        driver.findElement(By.cssSelector("input[name='create:channel'][value='" + channel + "']")).click();
        Browser.assertAccessible(driver);
    }

    private void chooseInBrowser(String code) {
        Browser.type(driver, "choose:code", code);
        Browser.type(driver, "choose:confirmation", code);
        Browser.clickAndWait(driver, By.id("choose:submit"));
    }

    private void loginInBrowser(String nir, String code) {
        go("");
        Browser.type(driver, "login:nir", nir);
        Browser.type(driver, "login:code", code);
        Browser.clickAndWait(driver, By.id("login:submit"));
    }

    private void logOut() {
        Browser.clickAndWait(driver, By.id("logout:submit"));
        assertTrue(Browser.mainText(driver).contains("Vous êtes déconnecté"));
    }
}
