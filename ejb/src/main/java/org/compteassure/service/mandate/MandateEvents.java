package org.compteassure.service.mandate;

import java.time.Instant;
import org.compteassure.persistence.mandate.Mandate.EndReason;

/** What a mandate tells the other features (activity, notices), fired inside the transaction that caused it. */
public final class MandateEvents {

    private MandateEvents() {
    }

    /** A mandate was signed. */
    public record Given(long mandateId, long mandatorAccountId, long helperAccountId, String onBehalf, Instant when) {
    }

    /** A mandate ended: by one side, or at its end date ({@link EndReason#EXPIRED}). */
    public record Ended(long mandateId, long mandatorAccountId, long helperAccountId, String onBehalf,
                        EndReason reason, Instant when) {
    }
}
