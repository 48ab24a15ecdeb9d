package org.compteassure.it.messaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compteassure.it.support.Accounts;
import org.compteassure.it.support.ClientTest;
import org.compteassure.it.support.People;
import org.compteassure.it.support.Site;
import org.junit.jupiter.api.Test;

/** Messaging over HTTP: uploads and downloads, refused files, escaping, and URL tampering. */
class MessagingWebIT extends ClientTest {

    private static final String CODE = "Messagerie-Test-2026!";
    private static final Pattern THREAD = Pattern.compile("/espace/conversation\\?id=(\\d+)");
    private static final Pattern ATTACHMENT = Pattern.compile("/espace/piece-jointe/(\\d+)");

    /** A person with an account and no e-mail address (no second login step), logged in on a new site. */
    private Site loggedIn() {
        People.Person person = People.fresh(false);
        Site site = newSite();
        Accounts.openWithoutEmail(site, person, CODE);
        HttpResponse<String> home = Accounts.login(site, person.nir15(), CODE);
        assertTrue(home.uri().getPath().endsWith("/espace/accueil"), Site.text(home));
        return site;
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertTrue(matcher.find(), pattern + " in " + text);
        return matcher.group(1);
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    @Test
    void anUploadedFileIsDownloadedIntactAndOnlyByItsOwner() throws Exception {
        Site owner = loggedIn();
        MultipartForm form = new MultipartForm(owner);
        byte[] jpeg = new byte[700_000];
        new java.util.Random(7).nextBytes(jpeg);
        jpeg[0] = (byte) 0xFF;
        jpeg[1] = (byte) 0xD8;
        jpeg[2] = (byte) 0xFF;
        HttpResponse<String> sent = form.submit("/espace/nouveau-message", "write",
                Map.of("subject", "VITALE_CARD", "text", "Voici la photo de ma carte"), Map.of("carte.jpg", jpeg));
        assertEquals(200, sent.statusCode());
        assertTrue(Site.text(sent).contains("Votre message est envoyé"), Site.text(sent));
        String thread = first(THREAD, sent.uri().toString());
        String attachment = first(ATTACHMENT, sent.body());
        assertTrue(Site.text(sent).contains("carte.jpg (JPEG, 684 ko)"), Site.text(sent));

        HttpResponse<byte[]> download = owner.getBytes("/espace/piece-jointe/" + attachment);
        assertEquals(200, download.statusCode());
        assertEquals(sha256(jpeg), sha256(download.body()), "the same bytes came back");
        assertArrayEquals(jpeg, download.body());
        assertEquals("image/jpeg", download.headers().firstValue("Content-Type").orElse(""));
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; filename=\"carte.jpg\""));
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));

        Site intruder = loggedIn();
        assertEquals(404, intruder.get("/espace/conversation?id=" + thread).statusCode(), "another person's thread");
        assertEquals(404, intruder.getBytes("/espace/piece-jointe/" + attachment).statusCode(), "another person's attachment");
        assertEquals(404, intruder.get("/espace/conversation?id=abc").statusCode());
        assertEquals(404, intruder.get("/espace/conversation").statusCode());
        assertEquals(404, intruder.get("/espace/piece-jointe/999999999999").statusCode());
        assertFalse(intruder.get("/espace/messagerie").body().contains("conversation?id=" + thread));
        assertEquals(200, owner.get("/espace/conversation?id=" + thread).statusCode());
    }

    @Test
    void aRenamedExecutableOrA6MegabyteFileGetsAFrenchMessageAndNothingIsSent() {
        Site site = loggedIn();
        MultipartForm form = new MultipartForm(site);
        byte[] exe = Arrays.copyOf(new byte[] {'M', 'Z', (byte) 0x90, 0}, 2048);
        HttpResponse<String> renamed = form.submit("/espace/nouveau-message", "write",
                Map.of("subject", "OTHER", "text", "Ma facture"), Map.of("facture.pdf", exe));
        assertEquals(200, renamed.statusCode());
        assertTrue(Site.text(renamed).contains("Le fichier « facture.pdf » n'est ni un PDF, ni une image JPEG ou PNG"),
                Site.text(renamed));
        assertTrue(renamed.body().contains("Ma facture"), "the typed text stays in the form");

        byte[] big = Arrays.copyOf("%PDF-1.4\n".getBytes(), 6 * 1024 * 1024);
        HttpResponse<String> tooLarge = form.submit("/espace/nouveau-message", "write",
                Map.of("subject", "OTHER", "text", "Mon scan"), Map.of("scan.pdf", big));
        assertEquals(200, tooLarge.statusCode());
        assertTrue(Site.text(tooLarge).contains("Le fichier « scan.pdf » dépasse 5 Mo"), Site.text(tooLarge));

        HttpResponse<String> empty = form.submit("/espace/nouveau-message", "write", Map.of("subject", "", "text", ""), Map.of());
        assertTrue(Site.text(empty).contains("Choisissez l'objet de votre message dans la liste."), Site.text(empty));
        assertTrue(Site.text(empty).contains("Écrivez votre message.") || Site.text(empty).contains("Votre message"));

        HttpResponse<String> tooLong = form.submit("/espace/nouveau-message", "write",
                Map.of("subject", "OTHER", "text", "x".repeat(10_000)), Map.of());
        assertTrue(Site.text(tooLong).contains("Le message compte au plus 4000 caractères"), Site.text(tooLong));

        HttpResponse<String> forged = form.submit("/espace/nouveau-message", "write",
                Map.of("subject", "NOT_A_SUBJECT", "text", "Objet forgé"), Map.of());
        assertEquals(200, forged.statusCode());
        assertTrue(forged.uri().getPath().endsWith("/espace/nouveau-message"), "refused, not sent");

        assertTrue(Site.text(site.get("/espace/messagerie")).contains("Vous n'avez encore écrit aucun message."));
    }

    @Test
    void htmlScriptSqlRightToLeftAndEmojiAreShownEscapedExactlyAsTyped() {
        Site site = loggedIn();
        String typed = "<script>alert('x')</script> <b>gras</b> ' OR '1'='1'; DROP TABLE message; -- שלום مرحبا 😀👍🏽";
        HttpResponse<String> sent = new MultipartForm(site).submit("/espace/nouveau-message", "write",
                Map.of("subject", "OTHER", "text", typed), Map.of());
        assertTrue(sent.uri().toString().contains("/espace/conversation?id="), Site.text(sent));
        String html = sent.body();
        assertFalse(html.contains("<script>alert"), "never markup");
        assertFalse(html.contains("<b>gras</b>"));
        assertTrue(html.contains("&lt;script&gt;alert(") && html.contains("&lt;b&gt;gras&lt;/b&gt;"), html);
        assertTrue(html.contains("dir=\"auto\""), "each message keeps its own direction");
        assertTrue(Site.text(sent).replace("&lt;", "<").replace("&gt;", ">").contains(typed), Site.text(sent));
    }

    @Test
    void anAdvisersReplyIsShownOnTheNextViewOfAnOpenSession() {
        Site site = loggedIn();
        HttpResponse<String> sent = new MultipartForm(site).submit("/espace/nouveau-message", "write",
                Map.of("subject", "OTHER", "text", "Ma carte Vitale est-elle partie ?"), Map.of());
        String thread = first(THREAD, sent.uri().toString());
        assertFalse(site.get("/espace/messagerie").body().contains("nav-count"), "nothing unread yet");

        String reply = "Elle est partie ce matin " + System.nanoTime();
        site.support("reply", Map.of("thread", thread, "text", reply));
        String mailbox = site.get("/espace/messagerie").body();
        assertTrue(mailbox.contains("nav-count"), "the same session's next view counts the reply: " + mailbox);
        assertTrue(site.get("/espace/conversation?id=" + thread).body().contains(reply), "and shows it");
        assertFalse(site.get("/espace/accueil").body().contains("nav-count"), "read: no count on the next view");
    }
}
