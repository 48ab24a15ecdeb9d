package org.compteassure.service.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FranceConnectServiceTest {

    @Test
    void namesCompareAsRegistersWriteThem() {
        assertEquals("LEA MARIE D ARC", FranceConnectService.normalized(" Léa-Marie d’Arc "));
        assertEquals(FranceConnectService.normalized("DUPONT"), FranceConnectService.normalized("Dupont"));
        assertEquals("", FranceConnectService.normalized(null));
    }
}
