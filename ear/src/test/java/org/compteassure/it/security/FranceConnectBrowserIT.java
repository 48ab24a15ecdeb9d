package org.compteassure.it.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.compteassure.it.support.Accounts;
import org.compteassure.it.support.Browser;
import org.compteassure.it.support.BrowserTest;
import org.compteassure.it.support.OidcProvider;
import org.compteassure.it.support.OidcProvider.Fault;
import org.compteassure.it.support.OidcProvider.Identity;
import org.compteassure.it.support.People;
import org.compteassure.it.support.People.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** The pages of a first FranceConnect login and of "Délier FranceConnect", in Chromium, with axe-core on each. */
class FranceConnectBrowserIT extends BrowserTest {

    private static final String CODE = "Sarcelle-Ambre-Vigne-31";
    @RegisterExtension
    static final OidcProvider.PerClass provider = new OidcProvider.PerClass();

    @Test
    void theCodePageAndTheUnlinkButtonAreAccessible() {
        Person person = People.fresh(true);
        Accounts.openByEmail(newSite(), person, CODE);
        provider.next(new Identity(UUID.randomUUID().toString(), "TESTEUR", person.givenNames(), person.birthDate(),
                "female", "", person.nir13().substring(5, 10)), Fault.NONE);

        driver.get(base + "");
        Browser.clickAndWait(driver, By.id("franceconnect:submit"));
        assertTrue(driver.getCurrentUrl().endsWith("/franceconnect/relier"), driver.getCurrentUrl());
        Browser.assertAccessible(driver);

        Browser.clickAndWait(driver, By.id("link:submit"));
        assertTrue(Browser.mainText(driver).contains("Renseignez le champ « Code »"),
                Browser.mainText(driver));
        Browser.assertAccessible(driver);
        Browser.type(driver, "link:code", "Pas-Le-Bon-Code-2026");
        Browser.clickAndWait(driver, By.id("link:submit"));
        assertTrue(Browser.mainText(driver).contains("n'est pas celui de votre compte"), Browser.mainText(driver));
        Browser.assertAccessible(driver);

        Browser.type(driver, "link:code", CODE);
        Browser.clickAndWait(driver, By.id("link:submit"));
        assertTrue(driver.getCurrentUrl().endsWith("/espace/accueil"), driver.getCurrentUrl());

        driver.get(base + "espace/securite");
        Browser.assertAccessible(driver);
        Browser.clickAndWait(driver, By.id("franceconnectUnlink:submit"));
        assertTrue(Browser.mainText(driver).contains("FranceConnect n'ouvre plus votre compte"), Browser.mainText(driver));
        Browser.assertAccessible(driver);
    }
}
