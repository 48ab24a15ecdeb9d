package org.compteassure.it.web;

import org.compteassure.service.platform.ClockProducer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.compteassure.it.support.Accounts;
import org.compteassure.it.support.Browser;
import org.compteassure.it.support.ClientTest;
import org.compteassure.it.support.Mailbox;
import org.compteassure.it.support.People;
import org.compteassure.it.support.Site;
import org.compteassure.it.support.StaffLogin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * WCAG 2.2 AA on every page of every role (anonymous, insured, adviser, administrator) at 360 and 1280 px, in one
 * Chromium and one session per role: axe-core with no violation, no document wider than its window, every code field
 * taking a paste (SC 3.3.8), the menu folded behind one « Menu » button on a phone only (click and Enter), the payments
 * as cards with their amount and status in view, and a screenshot of each (target/screenshots/role/width/page.png,
 * build output). What it
 * measured is written to target/accessibility/audit.json and must equal the copy that feeds /accessibilite
 * (web/src/main/resources/accessibility-audit.json; -Daccessibility.rewrite=true rewrites it). Then one keyboard-only
 * journey per role: log in, every page of the menu by Tab and Enter, the main action, log out, the focus always visible.
 */
class AccessibilityCrawlIT extends ClientTest {

    private static final String CODE = "Clavier-Lavande-2026";
    private static final String PASSWORD = "Clavier-Ocre-Tulipe-77";
    private static final int PHONE = 360;
    private static final List<Integer> WIDTHS = List.of(PHONE, 1280);
    static final Path COMMITTED = Path.of("..", "web", "src", "main", "resources", "accessibility-audit.json");
    private static final Path MEASURED = Path.of("target", "accessibility", "audit.json");

    private static WebDriver driver;

    /** What is wrong, page by page: every page is measured even when one fails, so a run tells all. */
    private final List<String> problems = new ArrayList<>();
    /** role → the pages checked (their name: the path a person asks for). */
    private final Map<String, List<String>> pages = new LinkedHashMap<>();
    /** rule → where it failed ("role width page"). */
    private final Map<String, TreeSet<String>> violations = new TreeMap<>();
    private final Map<String, String> helps = new TreeMap<>();
    private final TreeSet<String> rulesApplied = new TreeSet<>();
    private final TreeSet<String> tooWide = new TreeSet<>();
    private final TreeSet<String> codeFieldProblems = new TreeSet<>();
    private final TreeSet<String> codeFields = new TreeSet<>();
    private String axeVersion = "";
    private String role;

    @BeforeAll
    static void openBrowser() {
        driver = Browser.open();
    }

    @AfterAll
    static void closeBrowser() {
        driver.quit();
    }

    @Test
    void everyPageOfEveryRoleAtBothWidths() throws IOException {
        long start = System.nanoTime();
        Site site = newSite();
        anonymous();
        People.Person person = People.fresh(true);
        insured(site, person);
        adviser(site, person);
        administrator(site);
        String measured = audit();
        Files.createDirectories(MEASURED.getParent());
        Files.writeString(MEASURED, measured);
        if (Boolean.getBoolean("accessibility.rewrite")) {
            Files.writeString(COMMITTED, measured);
        }
        System.out.printf("AccessibilityCrawlIT: %d pages × %d widths in %d s%n",
                pages.values().stream().mapToInt(List::size).sum(), WIDTHS.size(), (System.nanoTime() - start) / 1_000_000_000);
        assertEquals(List.of(), problems);
        if (!Boolean.getBoolean("accessibility.rewrite")) {
            open("/accessibilite");
            int checks = pages.values().stream().mapToInt(List::size).sum() * WIDTHS.size();
            assertTrue(driver.findElement(By.id("audit-checks")).getText().startsWith(checks + " contrôles"),
                    "/accessibilite states what was measured: " + driver.findElement(By.id("audit-checks")).getText());
        }
        assertEquals(withoutDate(Files.readString(COMMITTED)), withoutDate(measured),
                "/accessibilite is fed by " + COMMITTED + ": it must say what the crawl measured (" + MEASURED
                        + "); rewrite it with -Daccessibility.rewrite=true and commit it");
    }

    private void anonymous() {
        role = "anonymous";
        Site site = newSite();
        for (String icon : List.of("/favicon.svg", "/favicon.png", "/favicon.ico")) {
            if (site.getBytes(icon).statusCode() != 200) {
                problems.add("no " + icon);
            }
        }
        driver.manage().deleteAllCookies();
        for (String path : List.of("/", "/creer-compte", "/code-oublie", "/reactiver", "/verifier", "/conseiller",
                "/cle-d-acces", "/choisir-code?jeton=inconnu", "/confirmer-courriel?jeton=inconnu",
                "/franceconnect/retour", "/franceconnect/relier", "/accessibilite", "/mentions-legales",
                "/donnees-personnelles", "/dev/courriels", "/page-inexistante", "/espace/accueil")) {
            visit(path);
        }
        check("expired view", () -> {
            open("/");
            ((JavascriptExecutor) driver).executeScript("const state = document.querySelector(\"[name='jakarta.faces.ViewState']\");"
                    + " state.value = state.value.replace(/:/g, '9') + '1';");
            Browser.clickAndWait(driver, By.id("login:submit"));
            assertTrue(Browser.mainText(driver).contains("expirée"), Browser.mainText(driver));
        });
    }

    private void insured(Site site, People.Person person) {
        role = "insured";
        Accounts.openByEmail(site, person, CODE);
        for (int i = 0; i < 3; i++) {
            site.support("payment", Map.of("nir", person.nir13(), "careDate", LocalDate.now(ClockProducer.ZONE).minusDays(10 + 40L * i).toString(),
                    "amount", "1234.50", "status", i == 0 ? "REJECTED" : "PAID", "reference", "A11Y-" + person.nir13() + "-" + i));
        }
        driver.manage().deleteAllCookies();
        open("/");
        Browser.type(driver, "login:nir", person.nir13());
        Browser.type(driver, "login:code", CODE);
        Browser.clickAndWait(driver, By.id("login:submit"));
        visit("/verification");
        Browser.type(driver, "verification:code", Accounts.loginCodeIn(Mailbox.awaitMail(person.email(), 3)));
        Browser.clickAndWait(driver, By.id("verification:submit"));

        open("/espace/nouveau-message");
        new Select(driver.findElement(By.id("write:subject"))).selectByIndex(1);
        Browser.type(driver, "write:text", "Bonjour, une question sur mon dernier remboursement.");
        Browser.clickAndWait(driver, By.id("write:submit"));
        String thread = idFrom("/espace/messagerie", "/espace/conversation?id=");
        String payment = idFrom("/espace/paiements", "/espace/paiement?id=");
        List<String> menu = menu();
        for (String path : List.of("/espace/accueil", "/espace/paiements", "/espace/documents", "/espace/demarches",
                "/espace/messagerie", "/espace/nouveau-message", "/espace/carte-europeenne", "/espace/informations",
                "/espace/securite", "/espace/activite", "/espace/authentificateur", "/espace/changer-code",
                "/espace/cle-d-acces", "/espace/naissance", "/espace/rendez-vous", "/espace/mes-donnees",
                "/espace/proches",
                "/confirmer-courriel?fait=1",
                "/verifier", "/accessibilite", "/admin/personnel", "/page-inexistante")) {
            visit(path);
        }
        visit("/espace/paiement?id=", payment);
        visit("/espace/signaler-paiement?id=", payment);
        visit("/espace/conversation?id=", thread);
        idleWarning("/espace/accueil");
        everyMenuPageVisited(menu);
        collect(this::foldedMenu);
        collect(this::paymentCards);
    }

    private void adviser(Site site, People.Person person) {
        role = "adviser";
        String adviser = "a11y-" + System.nanoTime() % 100_000_000;
        site.support("staff", Map.of("username", adviser, "password", PASSWORD, "role", "adviser"));
        driver.manage().deleteAllCookies();
        staffPassword(adviser);
        visit("/conseiller-enrolement");
        site.support("staff-totp", Map.of("username", adviser));
        driver.manage().deleteAllCookies();
        staffPassword(adviser);
        visit("/conseiller-verification");
        Browser.type(driver, "totp:code", StaffLogin.code(site));
        Browser.clickAndWait(driver, By.id("totp:submit"));

        String thread = idFrom("/conseiller/messagerie", "/conseiller/conversation?id=");
        open("/conseiller/assures");
        Browser.type(driver, "search:nir", person.nir13());
        Browser.clickAndWait(driver, By.id("search:submit"));
        String file = idFrom(null, "/conseiller/dossier?id=");
        List<String> menu = menu();
        for (String path : List.of("/conseiller/messagerie", "/conseiller/assures", "/conseiller/courriers",
                "/conseiller/sessions", "/conseiller/mot-de-passe", "/conseiller/cle-d-acces", "/conseiller/rendez-vous",
                "/espace/accueil")) {
            visit(path);
        }
        visit("/conseiller/dossier?id=", file);
        visit("/conseiller/rendez-vous?personne=", file);
        visit("/conseiller/conversation?id=", thread);
        idleWarning("/conseiller/messagerie");
        everyMenuPageVisited(menu);
        collect(this::foldedMenu);
    }

    private void administrator(Site site) {
        role = "administrator";
        String admin = "a11y-admin-" + System.nanoTime() % 100_000_000;
        site.support("staff", Map.of("username", admin, "password", PASSWORD, "role", "admin"));
        driver.manage().deleteAllCookies();
        StaffLogin.in(driver, base.toString(), admin, PASSWORD);
        List<String> menu = menu();
        for (String path : List.of("/admin/imports", "/admin/personnel", "/admin/cartes", "/admin/messagerie",
                "/conseiller/sessions", "/conseiller/mot-de-passe", "/conseiller/cle-d-acces", "/conseiller/messagerie")) {
            visit(path);
        }
        idleWarning("/admin/imports");
        everyMenuPageVisited(menu);
        collect(this::foldedMenu);
    }

    private void staffPassword(String username) {
        open("/conseiller");
        Browser.type(driver, "staff:username", username);
        Browser.type(driver, "staff:password", PASSWORD);
        Browser.clickAndWait(driver, By.id("staff:submit"));
    }

    private void idleWarning(String path) {
        check("idle warning", () -> {
            open(path);
            ((JavascriptExecutor) driver).executeScript(
                    "document.getElementById('session-warning').dispatchEvent(new Event('session-warning'))");
            WebElement warning = driver.findElement(By.id("session-warning"));
            assertTrue(warning.isDisplayed(), "the idle warning shows");
            assertEquals("button", driver.switchTo().activeElement().getTagName(), "« Rester connecté » has the focus");
        });
    }

    /** The main menu's pages of the logged-in role, as their paths. */
    private List<String> menu() {
        return driver.findElements(By.cssSelector("#main-menu a")).stream()
                .map(link -> link.getDomAttribute("href").substring(base.getPath().length() - 1)).toList();
    }

    private void everyMenuPageVisited(List<String> menu) {
        for (String path : menu) {
            if (!pages.get(role).contains(path)) {
                problems.add(role + ": the menu's " + path + " is not crawled");
            }
        }
    }

    /** The id in the first link to {@code prefix} on that page (or on the current page when null). */
    private String idFrom(String page, String prefix) {
        if (page != null) {
            open(page);
        }
        String href = driver.findElement(By.cssSelector("a[href*='" + prefix + "']")).getDomAttribute("href");
        return href.substring(href.indexOf(prefix) + prefix.length()).replaceAll("[^0-9].*", "");
    }

    private void visit(String path) {
        check(path, () -> open(path));
    }

    /** A page whose address holds an id: named by its path without the id. */
    private void visit(String prefix, String id) {
        check(prefix + "…", () -> open(prefix + id));
    }

    private void open(String path) {
        driver.get(base + path.substring(1));
    }

    /** The page {@code arrange} shows, at each width: measured, checked, photographed. */
    private void check(String name, Runnable arrange) {
        pages.computeIfAbsent(role, r -> new ArrayList<>()).add(name);
        for (int width : WIDTHS) {
            String where = role + " " + width + " " + name;
            driver.manage().window().setSize(new Dimension(width, 900));
            try {
                arrange.run();
            } catch (AssertionError | RuntimeException e) {
                problems.add(where + ": " + e.getMessage());
                continue;
            }
            long client = number("return document.documentElement.clientWidth");
            long scroll = number("return document.documentElement.scrollWidth");
            if (scroll > client) {
                tooWide.add(where);
                problems.add(where + " is " + scroll + " px wide in a " + client + " px window");
            }
            collect(() -> menuAsWide(where, width));
            Results results = Browser.axe(driver);
            axeVersion = results.getTestEngine().getVersion();
            for (List<Rule> rules : List.of(results.getPasses(), results.getIncomplete(), results.getViolations())) {
                rules.forEach(rule -> rulesApplied.add(rule.getId()));
            }
            for (Rule rule : results.getViolations()) {
                violations.computeIfAbsent(rule.getId(), r -> new TreeSet<>()).add(where);
                helps.put(rule.getId(), rule.getHelp());
            }
            Browser.describe(results.getViolations()).forEach(line -> problems.add(where + ": " + line));
            codeFields(where, role + " " + name);
            screenshot(width, name);
        }
    }

    /** Logged in, the menu is one « Menu » button on a phone, folded at first; a wide screen has no button. */
    private void menuAsWide(String where, int width) {
        List<WebElement> buttons = driver.findElements(By.cssSelector("button.menu-button"));
        if (buttons.isEmpty()) {
            return;
        }
        WebElement first = driver.findElement(By.cssSelector("#main-menu a"));
        if (width == PHONE) {
            assertTrue(buttons.get(0).isDisplayed(), "a menu button on a phone: " + where);
            assertEquals("false", buttons.get(0).getDomAttribute("aria-expanded"), where);
            assertFalse(first.isDisplayed(), "the menu is folded at first: " + where);
        } else {
            assertFalse(buttons.get(0).isDisplayed(), "no menu button on a wide screen: " + where);
            assertTrue(first.isDisplayed(), where);
        }
    }

    /** On a phone the « Menu » button unfolds and folds the menu, by click and by Enter, aria-expanded saying so. */
    private void foldedMenu() {
        driver.manage().window().setSize(new Dimension(PHONE, 900));
        driver.navigate().refresh();
        WebElement button = driver.findElement(By.cssSelector("button.menu-button"));
        WebElement first = driver.findElement(By.cssSelector("#main-menu a"));
        assertEquals("main-menu", button.getDomAttribute("aria-controls"));
        button.click();
        assertEquals("true", button.getDomAttribute("aria-expanded"));
        assertTrue(first.isDisplayed(), role + ": the menu unfolds");
        button.sendKeys(Keys.ENTER);
        assertEquals("false", button.getDomAttribute("aria-expanded"), role + ": Enter folds it again");
        assertFalse(first.isDisplayed(), role);
        button.sendKeys(Keys.ENTER);
        assertTrue(first.isDisplayed(), role + ": Enter unfolds it");
    }

    /**
     * On a phone each payment is a card whose amount and status are inside the screen, without scrolling; the monthly
     * amounts are folded; the chart opens on the newest months, the oldest reached by scrolling its box.
     */
    private void paymentCards() {
        driver.manage().window().setSize(new Dimension(PHONE, 900));
        open("/espace/paiements");
        long inner = number("return document.documentElement.clientWidth");
        WebElement row = driver.findElement(By.cssSelector("#payments tbody tr"));
        for (WebElement cell : row.findElements(By.tagName("td"))) {
            long right = number("return arguments[0].getBoundingClientRect().right", cell);
            assertTrue(cell.isDisplayed() && right <= inner, cell.getText() + " ends at " + right);
        }
        WebElement amount = row.findElement(By.cssSelector("td.number"));
        assertTrue(String.valueOf(((JavascriptExecutor) driver).executeScript("return arguments[0].textContent", amount))
                .matches("1\\D234,50\\D€"), amount.getText());
        assertEquals("Montant", amount.getDomAttribute("data-label"));
        assertEquals(null, driver.findElement(By.cssSelector("details.chart-details")).getDomAttribute("open"),
                "the monthly amounts folded by default");
        WebElement box = driver.findElement(By.cssSelector(".chart-box"));
        List<WebElement> bars = box.findElements(By.cssSelector("rect.chart-bar"));
        long newest = number("return arguments[0].getBoundingClientRect().right", bars.get(bars.size() - 1));
        long oldest = number("return arguments[0].getBoundingClientRect().left", bars.get(0));
        long boxLeft = number("return arguments[0].getBoundingClientRect().left", box);
        long boxRight = number("return arguments[0].getBoundingClientRect().right", box);
        assertTrue(newest <= boxRight && oldest < boxLeft, "the newest months in view first, the oldest by scrolling: "
                + oldest + ".." + newest + " in " + boxLeft + ".." + boxRight);
    }

    private void collect(Runnable check) {
        try {
            check.run();
        } catch (AssertionError | RuntimeException e) {
            problems.add(role + ": " + e.getMessage());
        }
    }

    /**
     * SC 3.3.8 and ASVS 6.2.7: every code field takes a paste (no onpaste, no script that cancels the paste event) and
     * lets a password manager fill it (no autocomplete="off"); no captcha or other cognitive test on the page.
     */
    @SuppressWarnings("unchecked")
    private void codeFields(String where, String page) {
        List<String> found = (List<String>) ((JavascriptExecutor) driver).executeScript("""
                const code = /code|password|secret|otp/i;
                return [...document.querySelectorAll('input')]
                    .filter(f => f.type !== 'hidden' && (f.type === 'password'
                        || code.test(f.id.split(':').pop()) && !/postcode/i.test(f.id)
                        || ['one-time-code', 'current-password', 'new-password'].includes(f.autocomplete)))
                    .map(f => {
                        const wrong = [];
                        if (f.hasAttribute('onpaste') || f.hasAttribute('oncopy') || f.hasAttribute('ondrop')) wrong.push('onpaste');
                        // /verifier's field takes a document's printed code, which is no credential of the person.
                        if ((f.getAttribute('autocomplete') || '').toLowerCase() === 'off' && f.id !== 'verifier:code') {
                            wrong.push('autocomplete=off');
                        }
                        const data = new DataTransfer();
                        data.setData('text/plain', '123456');
                        const paste = new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true});
                        f.dispatchEvent(paste);
                        if (paste.defaultPrevented) wrong.push('paste cancelled');
                        if (document.querySelector('[id*=captcha i], [class*=captcha i], iframe')) wrong.push('captcha');
                        return f.id + (wrong.length ? ': ' + wrong.join(', ') : '');
                    })""");
        for (String field : found) {
            codeFields.add(page + " " + field.split(": ")[0]);
            if (field.contains(": ")) {
                codeFieldProblems.add(where + " " + field);
                problems.add(where + " code field " + field);
            }
        }
    }

    /** Kept as build output (target/screenshots/role/width/page.png), for a person to look at; never compared. */
    private void screenshot(int width, String name) {
        String file = name.replaceFirst("^/", "").replace("…", "").replaceAll("[^A-Za-z0-9-]+", "_")
                .replaceAll("^_|_$", "");
        try {
            Path folder = Files.createDirectories(Path.of("target", "screenshots", role, String.valueOf(width)));
            Files.write(folder.resolve((file.isEmpty() ? "index" : file) + ".png"), wholePage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole page, not only the window: Chromium's own capture beyond the viewport. */
    private byte[] wholePage() {
        long width = number("return document.documentElement.clientWidth");
        long height = number("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)");
        Map<String, Object> shot = ((HasCdp) driver).executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    /** What the crawl measured, as the JSON that /accessibilite reads: one item a line, so that a diff says what changed. */
    private String audit() {
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"date\": \"").append(LocalDate.now(ClockProducer.ZONE)).append("\",\n");
        json.append("  \"standard\": \"WCAG 2.2 AA\",\n");
        json.append("  \"tool\": \"axe-core ").append(axeVersion).append("\",\n");
        json.append("  \"tags\": ").append(strings(Browser.WCAG_22_AA, "")).append(",\n");
        json.append("  \"widths\": ").append(WIDTHS).append(",\n");
        json.append("  \"pages\": {\n").append(pages.entrySet().stream()
                .map(e -> "    \"" + e.getKey() + "\": " + strings(e.getValue(), "      "))
                .collect(Collectors.joining(",\n"))).append("\n  },\n");
        json.append("  \"checks\": ").append(pages.values().stream().mapToInt(List::size).sum() * WIDTHS.size()).append(",\n");
        json.append("  \"rules\": ").append(strings(rulesApplied, "    ")).append(",\n");
        json.append("  \"violations\": [").append(violations.entrySet().stream()
                .map(e -> "\n    {\"rule\": \"" + e.getKey() + "\", \"help\": \"" + escape(helps.get(e.getKey()))
                        + "\", \"where\": " + strings(e.getValue(), "      ") + "}")
                .collect(Collectors.joining(","))).append(violations.isEmpty() ? "" : "\n  ").append("],\n");
        json.append("  \"tooWide\": ").append(strings(tooWide, "    ")).append(",\n");
        json.append("  \"codeFields\": ").append(strings(codeFields, "    ")).append(",\n");
        json.append("  \"codeFieldProblems\": ").append(strings(codeFieldProblems, "    ")).append("\n");
        return json.append("}\n").toString();
    }

    private static String strings(java.util.Collection<String> values, String indent) {
        if (values.isEmpty()) {
            return "[]";
        }
        if (indent.isEmpty()) {
            return values.stream().map(v -> "\"" + escape(v) + "\"").collect(Collectors.joining(", ", "[", "]"));
        }
        return values.stream().map(v -> indent + "\"" + escape(v) + "\"")
                .collect(Collectors.joining(",\n", "[\n", "\n" + indent.substring(2) + "]"));
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String withoutDate(String json) {
        return json.replaceFirst("\"date\": \"[^\"]*\"", "\"date\": \"\"");
    }

    // ---- keyboard only -------------------------------------------------------------------------------------------

    @Test
    void insuredByKeyboardOnly() {
        People.Person person = People.fresh(true);
        Site site = newSite();
        Accounts.openByEmail(site, person, CODE);
        keyboardStart("/");
        tabTo("[id='login:nir']");
        keys(person.nir13());
        tabTo("[id='login:code']");
        keys(CODE);
        enter("/verification");
        tabTo("[id='verification:code']");
        keys(Accounts.loginCodeIn(Mailbox.awaitMail(person.email(), 3)));
        enter("/espace/");
        everyMenuPageByKeyboard();
        tabTo("#main-menu a[href$='/espace/messagerie']");
        enter("/espace/messagerie");
        tabTo("main a[href$='/espace/nouveau-message']");
        enter("/espace/nouveau-message");
        tabTo("[id='write:subject']");
        keys(Keys.ARROW_DOWN);
        tabTo("[id='write:text']");
        keys("Bonjour, une question posée au clavier seul.");
        tabTo("[id='write:submit']");
        enter("/espace/");
        assertFalse(driver.getCurrentUrl().contains("nouveau-message"), "sent: " + Browser.mainText(driver));
        logOutByKeyboard();
        assertEquals(List.of(), problems);
    }

    @Test
    void adviserByKeyboardOnly() {
        Site site = newSite();
        People.Person person = People.fresh(false);
        Accounts.openWithoutEmail(site, person, CODE);
        staffByKeyboard(site, "adviser");
        everyMenuPageByKeyboard();
        tabTo("#main-menu a[href$='/conseiller/assures']");
        enter("/conseiller/assures");
        tabTo("[id='search:nir']");
        keys(person.nir13());
        enter("/conseiller/assures");
        tabTo("main a[href*='/conseiller/dossier?id=']");
        enter("/conseiller/dossier");
        logOutByKeyboard();
        assertEquals(List.of(), problems);
    }

    @Test
    void administratorByKeyboardOnly() {
        Site site = newSite();
        staffByKeyboard(site, "admin");
        everyMenuPageByKeyboard();
        tabTo("#main-menu a[href$='/admin/personnel']");
        enter("/admin/personnel");
        String newcomer = "clavier-" + System.nanoTime() % 100_000_000;
        tabTo("[id='create:username']");
        keys(newcomer);
        tabTo("[id='create:displayName']");
        keys("Camille Clavier");
        tabTo("[id='create:password']");
        keys(PASSWORD);
        tabTo("input[type=radio][name$='role']");
        keys(Keys.SPACE);
        tabTo("[id='create:submit']");
        enter("/admin/personnel");
        assertTrue(Browser.mainText(driver).contains(newcomer), Browser.mainText(driver));
        logOutByKeyboard();
        assertEquals(List.of(), problems);
    }

    /** A new staff member of this role logs in by the keyboard: password, then the authenticator's code. */
    private void staffByKeyboard(Site site, String staffRole) {
        String username = "clavier-" + staffRole + "-" + System.nanoTime() % 100_000_000;
        site.support("staff", Map.of("username", username, "password", PASSWORD, "role", staffRole));
        site.support("staff-totp", Map.of("username", username));
        keyboardStart("/conseiller");
        tabTo("[id='staff:username']");
        keys(username);
        tabTo("[id='staff:password']");
        keys(PASSWORD);
        enter("/conseiller-verification");
        tabTo("[id='totp:code']");
        keys(StaffLogin.code(site));
        enter("/");
    }

    private void keyboardStart(String path) {
        driver.manage().deleteAllCookies();
        driver.manage().window().setSize(new Dimension(1280, 900));
        open(path);
    }

    /** From the page landed on, each page of the menu in turn by Tab and Enter. */
    private void everyMenuPageByKeyboard() {
        List<String> menu = menu();
        assertTrue(menu.size() >= 3, "a menu: " + menu);
        for (String path : menu) {
            tabTo("#main-menu a[href$='" + path + "']");
            enter(path);
        }
    }

    private void logOutByKeyboard() {
        tabTo("[id='logout:submit']");
        enter("/");
        assertTrue(driver.findElements(By.id("logout:submit")).isEmpty(), "logged out: " + driver.getCurrentUrl());
    }

    /** Tab from wherever the focus is until it reaches the element, the focus visible at every stop. */
    private void tabTo(String css) {
        for (int i = 0; i < 150; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            String invisible = (String) ((JavascriptExecutor) driver).executeScript("""
                    const e = document.activeElement;
                    if (!e || e === document.body) return null;
                    const s = getComputedStyle(e);
                    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
                    const shadow = s.boxShadow && s.boxShadow !== 'none';
                    return outline || shadow ? null
                        : e.tagName.toLowerCase() + '#' + e.id + ' (outline ' + s.outlineStyle + ' ' + s.outlineWidth + ')';""");
            if (invisible != null) {
                problems.add("no visible focus on " + invisible + " at " + driver.getCurrentUrl());
            }
            if ((Boolean) ((JavascriptExecutor) driver).executeScript(
                    "return document.activeElement !== null && document.activeElement.matches(arguments[0])", css)) {
                return;
            }
        }
        throw new AssertionError("Tab never reaches " + css + " on " + driver.getCurrentUrl());
    }

    private void keys(CharSequence keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** Enter on the focused element, then waits for the next page, whose path must contain {@code expected}. */
    private void enter(String expected) {
        WebElement page = driver.findElement(By.tagName("html"));
        keys(Keys.ENTER);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(replaced -> {
            try {
                page.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException e) {
                return true;
            }
        });
        wait.until(loaded -> "complete".equals(((JavascriptExecutor) loaded).executeScript("return document.readyState")));
        String path = java.net.URI.create(driver.getCurrentUrl()).getPath();
        assertTrue(path.contains(expected), "Enter leads to " + expected + ": " + driver.getCurrentUrl());
    }

    private long number(String script, Object... arguments) {
        return ((Number) ((JavascriptExecutor) driver).executeScript(script, arguments)).longValue();
    }
}
