package org.compteassure.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compteassure.it.support.Accounts;
import org.compteassure.it.support.ClientTest;
import org.compteassure.it.support.People;
import org.compteassure.it.support.People.Person;
import org.compteassure.it.support.Site;
import org.compteassure.it.support.StaffLogin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Staff accounts against guessing and theft, over HTTP with the clock moved (never slept); successful logins go
 * through the authenticator code ({@link StaffLogin}). The lockout and the
 * per-address budgets of the staff login and of the claims system's HTTP Basic, one answer for every refusal,
 * "Changer mon mot de passe", an administrator's reset and ending of a colleague's sessions, and the staff
 * sessions' limits (15 idle minutes, 10 hours), listed and ended by their owner.
 */
class StaffSecurityIT extends ClientTest {

    private static final String PASSWORD = "Brume-Ocre-Tulipe-77";
    private static final String REJECTED = "Identifiant ou mot de passe incorrect";
    private static final String ADMIN = "premier-admin";
    private static final String ADMIN_PASSWORD = "Premier-Admin-2026!";
    private static final String INSURED_CODE = "Orage-Violette-Sable-31";

    private Site site;

    @BeforeEach
    void fresh() {
        site = newSite();
    }

    @Test
    void fiveWrongPasswordsLockTheStaffAccountForAMinute() {
        String adviser = adviser();
        for (int i = 1; i <= 4; i++) {
            assertTrue(Site.text(login(newSite(), adviser, "Mauvais-Passe-" + i)).contains(REJECTED));
        }
        assertTrue(isAtDesk(in(newSite(), adviser, PASSWORD)), "4 failures do not lock, and a success resets the count");
        for (int i = 1; i <= 5; i++) {
            login(newSite(), adviser, "Mauvais-Passe-" + i);
        }
        HttpResponse<String> whileLocked = login(newSite(), adviser, PASSWORD);
        assertEquals(200, whileLocked.statusCode());
        assertTrue(Site.text(whileLocked).contains(REJECTED), "locked: the right password gets the same answer");

        site.advanceClock(61);
        assertTrue(isAtDesk(in(newSite(), adviser, PASSWORD)), "after a minute the right password works again");
    }

    @Test
    void aHundredFailedStaffLoginsFromOneAddressGive429AndLeaveTheInsuredBudgetAlone() {
        String adviser = adviser();
        assertTrue(Site.text(login(site, adviser, "Mauvais-Passe-1")).contains(REJECTED));
        site.support("add-failures", Map.of("count", "99"));

        HttpResponse<String> refused = login(site, adviser, PASSWORD);
        assertEquals(429, refused.statusCode());
        assertTrue(Site.text(refused).contains("Trop de tentatives"), Site.text(refused));
        assertFalse(refused.body().contains("Exception"));

        People.Person unknown = People.fresh(false);
        assertEquals(200, Accounts.login(site, unknown.nir13(), "Mauvais-Code-1").statusCode(),
                "the insured people's logins count their own failures");
    }

    @Test
    void theClaimsSystemsBasicAuthenticationHasItsOwnBudgetThen429() {
        String claims = site.claimsSystem();
        String user = user(claims);
        assertNotEquals(401, api(claims).statusCode(), "the claims system gets in");
        assertEquals(401, api(Site.basic(user, "Mauvais-Passe")).statusCode());
        site.support("add-failures", Map.of("count", "99"));

        HttpResponse<String> refused = api(Site.basic(user, "Mauvais-Passe"));
        assertEquals(429, refused.statusCode());
        assertTrue(Site.text(refused).contains("Trop de tentatives"), Site.text(refused));
        assertFalse(refused.body().contains("Exception"));
        assertEquals(429, api(claims).statusCode(), "the right password waits too: nothing is tried");
        String adviser = adviser();
        assertTrue(isAtDesk(in(site, adviser, PASSWORD)), "the staff login has its own budget");

        site.advanceClock(61 * 60);
        assertNotEquals(401, api(claims).statusCode(), "an hour later the claims system gets in again");
        assertNotEquals(429, api(claims).statusCode());
    }

    @Test
    void anUnknownLoginAWrongPasswordALockedADisabledAndAClaimsSystemAccountGetTheSameAnswer() {
        String locked = adviser();
        for (int i = 1; i <= 5; i++) {
            login(newSite(), locked, "Mauvais-Passe-" + i);
        }
        String disabled = adviser();
        site.support("staff-disabled", Map.of("username", disabled));
        String claims = user(site.claimsSystem());
        String wrong = adviser();

        Map<String, String[]> attempts = new LinkedHashMap<>();
        attempts.put("unknown", new String[] {"personne-" + System.nanoTime(), PASSWORD});
        attempts.put("wrong password", new String[] {wrong, "Mauvais-Passe-9"});
        attempts.put("locked", new String[] {locked, PASSWORD});
        attempts.put("disabled", new String[] {disabled, PASSWORD});
        attempts.put("claims system", new String[] {claims, "Liquidation-2026!"});
        List<String> answers = new ArrayList<>();
        StringBuilder timings = new StringBuilder();
        for (Map.Entry<String, String[]> attempt : attempts.entrySet()) {
            long start = System.nanoTime();
            HttpResponse<String> answer = login(newSite(), attempt.getValue()[0], attempt.getValue()[1]);
            timings.append(attempt.getKey()).append('=').append((System.nanoTime() - start) / 1_000_000).append(" ms ");
            assertEquals(200, answer.statusCode(), attempt.getKey());
            assertTrue(answer.uri().getPath().endsWith("/conseiller"), attempt.getKey() + ": " + answer.uri());
            answers.add(Site.text(answer).replace(attempt.getValue()[0], "…"));
        }
        System.out.println("Staff login refusals: " + timings);
        assertTrue(answers.get(0).contains(REJECTED), answers.get(0));
        answers.forEach(answer -> assertEquals(answers.get(0), answer, "one answer for every refusal"));
    }

    @Test
    void changingThePasswordAsksTheCurrentOneRefusesBadInputAndEndsTheOtherSessions() {
        String adviser = adviser();
        Site here = newSite();
        Site elsewhere = newSite();
        assertTrue(isAtDesk(in(here, adviser, PASSWORD)));
        assertTrue(isAtDesk(in(elsewhere, adviser, PASSWORD)));
        String before = site.counts();

        String script = "<script>alert(1)</script>";
        for (String current : List.of(script, "' OR '1'='1' --", "x".repeat(10_000))) {
            HttpResponse<String> page = changePassword(here, current, "Fenetre-Marine-Sablier-31");
            assertEquals(200, page.statusCode());
            assertTrue(fieldError(page, "current").contains("Ce n'est pas votre mot de passe actuel"),
                    fieldError(page, "current"));
            assertFalse(page.body().contains(script), "nothing typed is written back as markup");
        }
        Map<String, String> badNew = Map.of(
                "x".repeat(10_000), "Entre 12 et 64 caractères",
                "' OR '1'='1", "Entre 12 et 64 caractères",
                "🔑".repeat(12), "Difficile à deviner",
                "password1234", "Pas un mot de passe courant",
                adviser + "-2026", "Pas fait de votre nom ni de votre identifiant",
                PASSWORD, "Différent de votre mot de passe actuel");
        badNew.forEach((next, rule) -> {
            HttpResponse<String> page = changePassword(here, PASSWORD, next);
            assertEquals(200, page.statusCode());
            assertTrue(fieldError(page, "password").contains("Règle non respectée : " + rule),
                    next.length() + " characters: " + fieldError(page, "password"));
        });
        HttpResponse<String> mismatch = submitPassword(here, Map.of("current", PASSWORD,
                "password", "Fenetre-Marine-Sablier-31", "confirmation", "Fenetre-Marine-Sablier-32"));
        assertTrue(fieldError(mismatch, "confirmation").contains("ne sont pas identiques"));
        assertEquals(before, site.counts(), "nothing stored");
        assertTrue(isAtDesk(elsewhere.get("/conseiller/messagerie")), "the other session is still open");

        HttpResponse<String> changed = changePassword(here, PASSWORD, "Fenetre-Marine-Sablier-31");
        assertTrue(isAtDesk(changed), changed.uri().toString());
        assertTrue(Site.text(changed).contains("Votre mot de passe est changé"), Site.text(changed));
        assertTrue(isAtDesk(here.get("/conseiller/messagerie")), "this session stays open");
        assertTrue(elsewhere.get("/conseiller/messagerie").uri().toString().endsWith("/conseiller?info=fermee"),
                "the other session is ended");
        assertTrue(Site.text(login(newSite(), adviser, PASSWORD)).contains(REJECTED), "the old password is gone");
        assertTrue(isAtDesk(in(newSite(), adviser, "Fenetre-Marine-Sablier-31")));
    }

    @Test
    void anAdministratorsResetEndsTheSessionsAndForcesANewPasswordBeforeAnyPage() {
        String adviser = adviser();
        Site colleague = newSite();
        assertTrue(isAtDesk(in(colleague, adviser, PASSWORD)));
        Site admin = newSite();
        in(admin, ADMIN, ADMIN_PASSWORD);

        String temporary = issuedPassword(pressRowButton(admin, adviser, "Réinitialiser le mot de passe"));
        assertEquals(24, temporary.length(), temporary);
        assertTrue(colleague.get("/conseiller/messagerie").uri().toString().endsWith("/conseiller?info=fermee"),
                "the colleague's session is ended");
        assertTrue(Site.text(login(newSite(), adviser, PASSWORD)).contains(REJECTED), "the old password is gone");

        Site next = newSite();
        HttpResponse<String> forced = in(next, adviser, temporary);
        assertTrue(forced.uri().getPath().endsWith("/conseiller/mot-de-passe"), forced.uri().toString());
        assertTrue(Site.text(forced).contains("Un administrateur a réinitialisé votre mot de passe"), Site.text(forced));
        for (String page : List.of("/conseiller/messagerie", "/conseiller/assures", "/conseiller/sessions")) {
            assertTrue(next.get(page).uri().getPath().endsWith("/conseiller/mot-de-passe"), page + " waits");
        }
        HttpResponse<String> chosen = changePassword(next, temporary, "Lanterne-Argile-Orge-58");
        assertTrue(isAtDesk(chosen), chosen.uri().toString());
        assertTrue(isAtDesk(next.get("/conseiller/messagerie")), "every page opens again");
        assertTrue(isAtDesk(in(newSite(), adviser, "Lanterne-Argile-Orge-58")), "no reset is asked again");
    }

    @Test
    void anAdministratorEndsAColleaguesSessionsAndRotatesTheClaimsSystemsPassword() {
        String adviser = adviser();
        Site colleague = newSite();
        assertTrue(isAtDesk(in(colleague, adviser, PASSWORD)));
        Site admin = newSite();
        in(admin, ADMIN, ADMIN_PASSWORD);
        HttpResponse<String> ended = pressRowButton(admin, adviser, "Fermer ses sessions");
        assertTrue(Site.text(ended).contains("Sessions fermées : 1"), Site.text(ended));
        assertTrue(colleague.get("/conseiller/messagerie").uri().toString().endsWith("/conseiller?info=fermee"));
        assertTrue(isAtDesk(in(colleague, adviser, PASSWORD)), "the password itself still works");

        String claims = site.claimsSystem();
        String user = user(claims);
        String rotated = issuedPassword(pressRowButton(admin, user, "Réinitialiser le mot de passe"));
        assertEquals(401, api(claims).statusCode(), "the old password is gone");
        assertNotEquals(401, api(Site.basic(user, rotated)).statusCode(), "the new one works at once, nothing to choose");
    }

    @Test
    void disablingAColleagueEndsTheSessionTheyHaveOpen() {
        String adviser = adviser();
        Site colleague = newSite();
        assertTrue(isAtDesk(in(colleague, adviser, PASSWORD)));
        Site admin = newSite();
        in(admin, ADMIN, ADMIN_PASSWORD);
        HttpResponse<String> disabled = pressRowButton(admin, adviser, "Désactiver");
        assertTrue(Site.text(disabled).contains("Le compte est désactivé"), Site.text(disabled));
        assertTrue(colleague.get("/conseiller/messagerie").uri().toString().endsWith("/conseiller?info=fermee"),
                "the open session ends at once (ASVS 7.4.2)");
        assertTrue(Site.text(login(newSite(), adviser, PASSWORD)).contains(REJECTED), "and no new one starts");
    }

    @Test
    void anAdministratorResetsTheApplicationOfAColleagueWhoEnrolsANewOneAtTheNextLogin() {
        String adviser = adviser();
        Site colleague = newSite();
        assertTrue(isAtDesk(in(colleague, adviser, PASSWORD)));
        Site admin = newSite();
        in(admin, ADMIN, ADMIN_PASSWORD);
        HttpResponse<String> reset = pressRowButton(admin, adviser, "Réinitialiser l'application d'authentification");
        assertTrue(Site.text(reset).contains("en enregistrera une nouvelle"), Site.text(reset));
        assertTrue(colleague.get("/conseiller/messagerie").uri().toString().endsWith("/conseiller?info=fermee"));
        HttpResponse<String> next = login(newSite(), adviser, PASSWORD);
        assertTrue(next.uri().getPath().endsWith("/conseiller-enrolement"), "a new application first: " + next.uri());
    }

    @Test
    void aStaffSessionEndsAfterFifteenIdleMinutesAndAfterTenHoursInAnyCase() {
        String adviser = adviser();
        Site idle = newSite();
        assertTrue(isAtDesk(in(idle, adviser, PASSWORD)));
        site.advanceClock(14 * 60);
        assertTrue(isAtDesk(idle.get("/conseiller/messagerie")), "14 idle minutes");
        site.advanceClock(16 * 60);
        assertTrue(idle.get("/conseiller/messagerie").uri().toString().endsWith("/conseiller?info=expiree"),
                "16 idle minutes");
        assertTrue(Site.text(idle.get("/conseiller?info=expiree")).contains("15 minutes sans activité"));

        Site busy = newSite();
        assertTrue(isAtDesk(in(busy, adviser, PASSWORD)));
        for (int step = 1; step <= 42; step++) {
            site.advanceClock(14 * 60);
            assertTrue(isAtDesk(busy.get("/conseiller/messagerie")),
                    "active every 14 minutes: still in after " + step * 14 + " minutes");
        }
        site.advanceClock(14 * 60);
        HttpResponse<String> tooOld = busy.get("/conseiller/messagerie");
        assertTrue(tooOld.uri().toString().endsWith("/conseiller?info=limite"), "10 hours are the limit");
        assertTrue(Site.text(tooOld).contains("durée maximale de 10 heures"), Site.text(tooOld));
    }

    @Test
    void aStaffMemberSeesTheirSessionsAndEndsAnother() {
        String adviser = adviser();
        Site here = newSite();
        Site elsewhere = newSite();
        in(here, adviser, PASSWORD);
        in(elsewhere, adviser, PASSWORD);
        in(newSite(), adviser(), PASSWORD);

        HttpResponse<String> list = here.get("/conseiller/sessions");
        assertEquals(200, list.statusCode());
        assertEquals(2, count(list.body(), "<tr>") - 1, "two sessions of this adviser (plus the header row)");
        assertEquals(1, count(list.body(), "Cette session"));
        String endButton = "<input[^>]*type=\"submit\"[^>]*name=\"(sessions:[^\"]+)\"";
        HttpResponse<String> wrong = press(here, "/conseiller/sessions", "sessions", endButton,
                Map.of("password", "Pas-Le-Bon-Mot-De-Passe"));
        assertTrue(Site.text(wrong).contains("Ce mot de passe n'est pas le bon"), "asked again (ASVS 7.5.2)");
        assertTrue(isAtDesk(elsewhere.get("/conseiller/messagerie")), "nothing ended");
        HttpResponse<String> afterEnd = press(here, "/conseiller/sessions", "sessions", endButton,
                Map.of("password", PASSWORD));
        assertTrue(Site.text(afterEnd).contains("La session est fermée"), Site.text(afterEnd));
        assertEquals(1, count(afterEnd.body(), "Cette session"));
        assertEquals(1, count(afterEnd.body(), "<tr>") - 1);
        assertTrue(elsewhere.get("/conseiller/messagerie").uri().toString().endsWith("/conseiller?info=fermee"));
        assertTrue(isAtDesk(here.get("/conseiller/messagerie")));
    }

    @Test
    void anAdviserLogsAPersonOutOfEveryDeviceAndAnAdministratorLogsEveryoneOut() {
        Person person = People.fresh(false);
        Accounts.openWithoutEmail(site, person, INSURED_CODE);
        Site phone = newSite();
        Accounts.login(phone, person.nir13(), INSURED_CODE);
        Site desk = newSite();
        in(desk, adviser(), PASSWORD);

        Matcher file = Pattern.compile("/conseiller/dossier\\?id=(\\d+)")
                .matcher(desk.submit("/conseiller/assures", "search", Map.of("nir", person.nir13())).body());
        assertTrue(file.find(), "the person is found");
        HttpResponse<String> ended = desk.submit("/conseiller/dossier?id=" + file.group(1), "endSessions", Map.of());
        assertTrue(Site.text(ended).contains("Sessions fermées : 1"), Site.text(ended));
        assertTrue(phone.get("/espace/accueil").uri().toString().endsWith("/?info=fermee"), "logged out (ASVS 7.4.5)");
        Accounts.login(phone, person.nir13(), INSURED_CODE);
        assertTrue(Site.text(phone.get("/espace/securite")).contains("Déconnexion de tous vos appareils"),
                "the person reads what the adviser did");

        Site admin = newSite();
        in(admin, ADMIN, ADMIN_PASSWORD);
        HttpResponse<String> unconfirmed = admin.submit("/admin/personnel", "everyone", Map.of());
        assertTrue(Site.text(unconfirmed).contains("Cochez la case"), Site.text(unconfirmed));
        assertEquals(200, phone.get("/espace/accueil").statusCode());
        assertTrue(phone.get("/espace/accueil").uri().getPath().endsWith("/espace/accueil"), "nothing ended yet");
        HttpResponse<String> everyone = admin.submit("/admin/personnel", "everyone", Map.of("confirm", "on"));
        assertTrue(Site.text(everyone).contains("Sessions fermées"), Site.text(everyone));
        assertTrue(phone.get("/espace/accueil").uri().toString().endsWith("/?info=fermee"), "insured people");
        assertTrue(desk.get("/conseiller/messagerie").uri().toString().endsWith("/conseiller?info=fermee"), "staff");
        assertTrue(admin.get("/admin/personnel").uri().getPath().endsWith("/admin/personnel"), "not the administrator");
    }

    private String adviser() {
        String username = "conseil-" + System.nanoTime() % 100_000_000;
        site.support("staff", Map.of("username", username, "password", PASSWORD, "role", "adviser"));
        return username;
    }

    private static HttpResponse<String> login(Site visitor, String username, String password) {
        return visitor.submit("/conseiller", "staff", Map.of("username", username, "password", password));
    }

    /** The whole login, password then authenticator code (the second factor is another test's subject). */
    private static HttpResponse<String> in(Site visitor, String username, String password) {
        return StaffLogin.over(visitor, username, password);
    }

    private static boolean isAtDesk(HttpResponse<String> page) {
        return page.statusCode() == 200 && page.uri().getPath().endsWith("/conseiller/messagerie");
    }

    private static HttpResponse<String> changePassword(Site visitor, String current, String next) {
        return submitPassword(visitor, Map.of("current", current, "password", next, "confirmation", next));
    }

    private static HttpResponse<String> submitPassword(Site visitor, Map<String, String> fields) {
        return visitor.submit("/conseiller/mot-de-passe", "change", fields);
    }

    /** The message under a field (its error span, before the input), tags stripped. */
    private static String fieldError(HttpResponse<String> page, String fieldId) {
        String html = page.body();
        int start = html.indexOf("id=\"" + fieldId + "-error\"");
        assertTrue(start >= 0, "no error place for " + fieldId);
        int end = html.indexOf("<input", start);
        return html.substring(start, end).replaceAll("<[^>]+>", " ").replace("&#39;", "'")
                .replaceAll("\\s+", " ").strip();
    }

    /** Presses a button of a staff member's row at /admin/personnel (found by its title, "… : username"). */
    private static HttpResponse<String> pressRowButton(Site admin, String username, String label) {
        return press(admin, "/admin/personnel", "members",
                "<input[^>]*name=\"(members:[^\"]+)\"[^>]*title=\"" + Pattern.quote(label + " : " + username) + "\"",
                Map.of());
    }

    /** Presses the first button of a table's rows whose tag matches {@code button} (its name as group 1). */
    private static HttpResponse<String> press(Site visitor, String path, String form, String button,
                                              Map<String, String> fields) {
        Matcher found = Pattern.compile(button).matcher(visitor.get(path).body());
        assertTrue(found.find(), "no button " + button + " on " + path);
        Site.FilledForm filled = visitor.fill(path, form, fields);
        Map<String, String> data = new LinkedHashMap<>(filled.data());
        data.remove(form + ":submit");
        data.put(found.group(1), "x");
        return visitor.post(filled.uri(), data);
    }

    private static String issuedPassword(HttpResponse<String> page) {
        Matcher issued = Pattern.compile("<code id=\"issued-password\">([^<]+)</code>").matcher(page.body());
        assertTrue(issued.find(), Site.text(page));
        return issued.group(1);
    }

    private HttpResponse<String> api(String authorization) {
        return site.send(HttpRequest.newBuilder(URI.create(base + "api/paiements"))
                .header("Content-Type", "application/json").header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString("[]")).build());
    }

    /** The login in an {@code Authorization: Basic …} header value. */
    private static String user(String basic) {
        return new String(Base64.getDecoder().decode(basic.substring(6)), StandardCharsets.UTF_8).split(":")[0];
    }

    private static int count(String text, String part) {
        int found = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            found++;
        }
        return found;
    }
}
