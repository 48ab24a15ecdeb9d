package org.compteassure.service.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.compteassure.service.code.ApiClients.ApiClient;
import org.junit.jupiter.api.Test;

class ApiClientsTest {

    private static final ApiClient APP = ApiClients.parse("appli|Mon appli|http://127.0.0.1/retour "
            + "fr.caisse.appli:/retour|paiements identite").get("appli");

    @Test
    void theSettingListsEachApplicationWithItsRedirectsAndScopes() {
        Map<String, ApiClient> clients = ApiClients.parse(" a|A|https://a.example/cb|paiements ; b|B|x:/y|documents;");
        assertEquals(Set.of("a", "b"), clients.keySet());
        assertEquals("B", clients.get("b").name());
        assertEquals(Set.of("paiements"), clients.get("a").scopes());
        assertTrue(ApiClients.parse("").isEmpty());
    }

    @Test
    void aWrongEntryOrAnUnknownScopeStopsTheStart() {
        assertThrows(IllegalStateException.class, () -> ApiClients.parse("a|A|https://a.example/cb"));
        assertThrows(IllegalStateException.class, () -> ApiClients.parse("a|A|https://a.example/cb|tout"));
        assertThrows(IllegalStateException.class, () -> ApiClients.parse("|A|https://a.example/cb|paiements"));
    }

    @Test
    void redirectsMatchExactlyButForTheLoopbackPort() {
        assertTrue(APP.redirectsTo("fr.caisse.appli:/retour"));
        assertTrue(APP.redirectsTo("http://127.0.0.1/retour"));
        assertTrue(APP.redirectsTo("http://127.0.0.1:51234/retour"));
        assertFalse(APP.redirectsTo("fr.caisse.appli:/retour/"));
        assertFalse(APP.redirectsTo("fr.caisse.appli:/autre"));
        assertFalse(APP.redirectsTo("http://127.0.0.1:51234/retour?x=1"));
        assertFalse(APP.redirectsTo("http://127.0.0.1:51234/ailleurs"));
        assertFalse(APP.redirectsTo("http://localhost:51234/retour"));
        assertFalse(APP.redirectsTo("https://127.0.0.1:51234/retour"));
        assertFalse(APP.redirectsTo("http://user@127.0.0.1:51234/retour"));
        assertFalse(APP.redirectsTo("http://127.0.0.1.attaquant.example/retour"));
        assertFalse(APP.redirectsTo(null));
        assertFalse(APP.redirectsTo("::pas une adresse"));
    }

    @Test
    void pkceS256IsCheckedAgainstTheRfcExample() {
        // RFC 7636, appendix B.
        String verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        String challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
        assertTrue(AppTokenService.pkceMatches(challenge, verifier));
        assertFalse(AppTokenService.pkceMatches(challenge, verifier.replace('d', 'e')));
        assertFalse(AppTokenService.pkceMatches(challenge, "trop-court"));
        assertFalse(AppTokenService.pkceMatches(challenge, null));
        assertFalse(AppTokenService.pkceMatches(challenge, challenge));
    }
}
