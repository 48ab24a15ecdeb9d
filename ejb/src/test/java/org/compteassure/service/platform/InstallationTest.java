package org.compteassure.service.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstallationTest {

    @Test
    void demoDataOnlyWhenCaDemoIsTheWordTrue() {
        for (String yes : List.of("true", "TRUE", " True ")) {
            assertTrue(Installation.demo(yes), yes);
        }
        for (String no : Arrays.asList(null, "", " ", "false", "yes", "1", "on", "truee")) {
            assertFalse(Installation.demo(no), "CA_DEMO=" + no);
        }
    }

    @Test
    void noBaseUrlNoStartAndTheMessageSaysWhatToSet() {
        for (String bad : Arrays.asList(null, "", "  ", "localhost:8080", "compte.example.fr", "ftp://compte.example.fr",
                "https://", "https://compte.example.fr/?x=1", "http://exa mple.fr")) {
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> Installation.baseUrl(bad),
                    String.valueOf(bad));
            assertTrue(refused.getMessage().startsWith("CA_BASE_URL must be set"), refused.getMessage());
        }
        assertEquals("https://compte.example.fr", Installation.baseUrl(" https://compte.example.fr/ "));
        assertEquals("http://localhost:8780", Installation.baseUrl("http://localhost:8780"));
    }

    @Test
    void theLetterheadIsTheConfiguredFundAndItsAddress() {
        Letterhead paris = Installation.letterhead(" Caisse primaire d'assurance maladie de Paris ",
                "21 rue Georges Auric | | 75948 Paris Cedex 19 ");
        assertEquals("Caisse primaire d'assurance maladie de Paris", paris.fund());
        assertEquals(List.of("21 rue Georges Auric", "75948 Paris Cedex 19"), paris.address());
        assertEquals(new Letterhead("Caisse d'assurance maladie", List.of()), Installation.letterhead(null, ""));
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> Installation.letterhead("CPAM", "a|b|c|d"));
        assertTrue(refused.getMessage().startsWith("CA_FUND_ADDRESS has 4 lines"), refused.getMessage());
    }

    @Test
    void theDevMailboxIsShownOnADemoToTheMachineItselfOnly() {
        for (String local : List.of("127.0.0.1", "127.0.0.2", "::1", "0:0:0:0:0:0:0:1", "[::1]", "0:0:0:0:0:0:0:1%0")) {
            assertTrue(Installation.devMailboxShown(true, local), local);
            assertFalse(Installation.devMailboxShown(false, local), "not without CA_DEMO: " + local);
        }
        for (String remote : Arrays.asList(null, "", "10.0.0.5", "192.168.1.20", "203.0.113.9", "fe80::1",
                "2001:db8::1", "::ffff:203.0.113.9", "localhost", "beef.cafe", "127.0.0.1, 203.0.113.9")) {
            assertFalse(Installation.devMailboxShown(true, remote), String.valueOf(remote));
        }
    }
}
