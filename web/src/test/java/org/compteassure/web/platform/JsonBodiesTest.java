package org.compteassure.web.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JsonBodiesTest {

    @Test
    void aThousandLevelsAreTooDeepARealBodyIsNot() {
        assertTrue(JsonBodies.tooDeep("[".repeat(1000) + "]".repeat(1000)));
        assertTrue(JsonBodies.tooDeep("{\"a\":".repeat(17) + "1" + "}".repeat(17)));
        assertTrue(JsonBodies.tooDeep("[".repeat(100_000)), "unclosed too");
        assertFalse(JsonBodies.tooDeep("{\"a\":".repeat(16) + "1" + "}".repeat(16)));
        assertFalse(JsonBodies.tooDeep("{\"familyName\":\"" + "[".repeat(1000) + "\",\"beneficiaries\":[{\"x\":[]}]}"),
                "brackets in a string");
        assertFalse(JsonBodies.tooDeep("{\"s\":\"\\\"[[[[[[[[[[[[[[[[[[[[\"}"), "an escaped quote does not end the string");
        assertFalse(JsonBodies.tooDeep(""));
    }
}
