package org.compteassure.it.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;

/** A {@link ClientTest} whose every test has its own headless Chromium ({@link Browser}), closed after it. */
public abstract class BrowserTest extends ClientTest {

    protected WebDriver driver;

    @BeforeEach
    void openBrowser() {
        driver = Browser.open();
    }

    @AfterEach
    void closeBrowser() {
        driver.quit();
    }
}
