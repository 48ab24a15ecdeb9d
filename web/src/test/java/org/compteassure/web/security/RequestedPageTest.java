package org.compteassure.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** After login, only a page of this application's space is followed: never another site. */
class RequestedPageTest {

    @ParameterizedTest
    @ValueSource(strings = {"/espace/messagerie", "/espace/paiement?id=42", "/espace/conversation?id=7&x=a%20b"})
    void aLocalPageOfTheSpaceIsKept(String path) {
        assertEquals(Optional.of(path), RequestedPage.safe(path, "/espace/"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            NULL
            ''
            https://evil.example/espace/
            //evil.example/espace/
            /\\\\evil.example
            /espace/../admin/personnel
            /espace/%2F%2Fevil.example
            /espace/x\\r\\nLocation: https://evil.example
            /conseiller/messagerie
            /admin/personnel
            /espace
            javascript:alert(1)
            """)
    void anythingElseIsRefused(String path) {
        assertEquals(Optional.empty(), RequestedPage.safe(path, "/espace/"));
    }

    @org.junit.jupiter.api.Test
    void anAuthorizationRequestKeepsItsEncodedAddresses() {
        String asked = "/oauth/authorize?response_type=code&client_id=app&redirect_uri=http%3A%2F%2F127.0.0.1%3A5000%2Fcb"
                + "&scope=paiements%20documents&state=a:b/c&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
        assertEquals(Optional.of(asked), RequestedPage.safe(asked, "/oauth/authorize?"));
        assertEquals(Optional.empty(), RequestedPage.safe("/oauth/authorize?x=a b", "/oauth/authorize?"));
    }

    @org.junit.jupiter.api.Test
    void staffSpacesAreTheirs() {
        assertEquals(Optional.of("/admin/imports"), RequestedPage.safe("/admin/imports", "/conseiller/", "/admin/"));
        assertEquals(Optional.empty(), RequestedPage.safe("/admin/imports", "/conseiller/"));
        assertEquals(Optional.empty(), RequestedPage.safe("/espace/accueil", "/conseiller/", "/admin/"));
    }
}
