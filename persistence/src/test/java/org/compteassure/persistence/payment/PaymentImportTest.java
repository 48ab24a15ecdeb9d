package org.compteassure.persistence.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PaymentImportTest {

    private final Instant now = Instant.parse("2026-11-27T02:00:00Z");

    @Test
    void onlyAStoppedImportWaitsAgainWhenResumed() {
        PaymentImport file = new PaymentImport("paiements.csv", "admin", now);
        assertFalse(file.requeue(), "a waiting import is left as it is");
        file.running(7, "node-a");
        assertFalse(file.requeue(), "a running import is left as it is: its job writes its status");
        assertEquals(ImportStatus.RUNNING, file.getStatus());
        file.ended(false, now);
        assertTrue(file.requeue());
        assertEquals(ImportStatus.QUEUED, file.getStatus());
        assertTrue(file.isRunning());
        file.ended(true, now);
        assertFalse(file.requeue(), "a completed import is never run again");
        assertEquals(ImportStatus.COMPLETED, file.getStatus());
    }
}
