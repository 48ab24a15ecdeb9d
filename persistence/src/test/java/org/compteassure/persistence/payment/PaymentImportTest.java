package org.compteassure.persistence.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PaymentImportTest {

    private static final Duration LEASE = Duration.ofSeconds(30);
    private final Instant now = Instant.parse("2026-11-27T02:00:00Z");

    @Test
    void onlyAStoppedImportWaitsAgainWhenResumed() {
        PaymentImport file = new PaymentImport("paiements.csv", "admin", now);
        assertFalse(file.requeue("node-a", now.plus(LEASE)), "a waiting import is left as it is");
        file.running(7, "node-a", now.plus(LEASE));
        assertFalse(file.requeue("node-a", now.plus(LEASE)), "a running import is left as it is: its job writes its status");
        assertEquals(ImportStatus.RUNNING, file.getStatus());
        file.ended(false, now);
        assertTrue(file.requeue("node-b", now.plus(LEASE)));
        assertEquals(ImportStatus.QUEUED, file.getStatus());
        assertEquals("node-b", file.getNode(), "held by the node that resumes it");
        assertTrue(file.isRunning());
        file.ended(true, now);
        assertFalse(file.requeue("node-a", now.plus(LEASE)), "a completed import is never run again");
        assertEquals(ImportStatus.COMPLETED, file.getStatus());
    }

    @Test
    void theLeaseRunsOutUnlessItsOwnerRenewsItWithEachChunk() {
        PaymentImport file = new PaymentImport("paiements.csv", "admin", now);
        file.leased("node-a", now.plus(LEASE));
        file.running(7, "node-a", now.plus(LEASE));
        assertFalse(file.isLeaseExpired(now.plus(LEASE)), "held until the lease's last instant");
        assertTrue(file.isLeaseExpired(now.plus(LEASE).plusMillis(1)));

        Instant later = now.plusSeconds(25);
        file.chunkDone("node-a", later.plus(LEASE), 2001, 2000, 0, 0, 0);
        assertFalse(file.isLeaseExpired(now.plus(LEASE).plusSeconds(10)), "a committed chunk renews the lease");
        assertTrue(file.isLeaseExpired(later.plus(LEASE).plusSeconds(1)));

        file.ended(false, later);
        assertNull(file.getLeaseUntil());
        assertFalse(file.isLeaseExpired(later.plus(LEASE).plusSeconds(1)), "a stopped import is nobody's to take over");
    }

    @Test
    void onceAnotherNodeOwnsTheImportTheOldOwnerCanNeitherRunNorCommitIt() {
        PaymentImport file = new PaymentImport("paiements.csv", "admin", now);
        file.running(7, "node-a", now.plus(LEASE));
        // node-b's claim (PaymentImport.claim, a conditional update) makes it the owner; here its effect.
        file.leased("node-b", now.plus(LEASE).plus(LEASE));
        assertThrows(ImportTakenOverException.class, () -> file.chunkDone("node-a", now.plus(LEASE), 2001, 2000, 0, 0, 0));
        assertThrows(ImportTakenOverException.class, () -> file.running(8, "node-a", now.plus(LEASE)));
        assertEquals(0, file.getLinesDone());
        assertFalse(file.isOwnedBy("node-a"));
        file.running(9, "node-b", now.plus(LEASE));
        file.chunkDone("node-b", now.plus(LEASE), 2001, 2000, 0, 0, 0);
        assertEquals(2001, file.getLinesDone());
        assertEquals(9L, file.getJobExecutionId());
    }

    @Test
    void anImportStoredBeforeOwnersExistedIsAnyNodes() {
        PaymentImport file = new PaymentImport("paiements.csv", "admin", now);
        assertTrue(file.isOwnedBy("node-a"));
        assertTrue(file.isLeaseExpired(now), "no lease: any node may take it");
    }
}
