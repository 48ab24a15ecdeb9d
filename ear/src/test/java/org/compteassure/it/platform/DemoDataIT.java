package org.compteassure.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.compteassure.it.support.ClientTest;
import org.compteassure.it.support.Site;
import org.junit.jupiter.api.Test;

/**
 * The test server is started as a real installation would be: without CA_DEMO (ear/pom.xml, failsafe). So it has no
 * demo person, no demo login works and the dev mailbox is not there, even for a client on the machine itself.
 */
class DemoDataIT extends ClientTest {

    @Test
    void aServerStartedWithoutCaDemoHasNoDemoPersonNoDemoLoginAndNoDevMailbox() {
        Site site = newSite();
        assertEquals("", site.get("/test-support/scan?value=2850575056123").body(), "Marie DUPONT's NIR is nowhere");
        assertEquals("", site.get("/test-support/scan?value=178112A004045").body(), "nor Jean MARTIN's");
        // The word « conseiller » stands in mails and letters; the demo adviser would be a staff member's username.
        assertFalse(site.get("/test-support/scan?value=conseiller").body().toUpperCase().contains("STAFF_MEMBER."),
                "no demo adviser");

        HttpResponse<String> api = site.send(HttpRequest.newBuilder(URI.create(base + "api/paiements"))
                .header("Content-Type", "application/json")
                .header("Authorization", Site.basic("liquidation", "Liquidation-Demo-42"))
                .POST(HttpRequest.BodyPublishers.ofString("[]")).build());
        assertEquals(401, api.statusCode(), "the published claims-system password opens nothing");

        HttpResponse<String> mailbox = site.get("/dev/courriels");
        assertEquals(404, mailbox.statusCode(), "no dev mailbox, even from 127.0.0.1");
        assertFalse(site.get("/").body().contains("/dev/courriels"), "nor a link to it");
    }
}
