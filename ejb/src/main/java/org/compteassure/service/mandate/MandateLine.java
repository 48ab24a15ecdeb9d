package org.compteassure.service.mandate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.compteassure.persistence.mandate.Mandate.EndReason;
import org.compteassure.persistence.mandate.MandateScope;

/**
 * A mandate as its two sides see it (« Un proche m'aide », « Les personnes que j'aide »).
 *
 * @param otherName the other side's name: the helper's for the mandator, the mandator's for the helper
 * @param lastDay   the last day it holds (Paris)
 * @param endedAt   when it ended (by either side or at its end date), null while in force
 */
public record MandateLine(long id, String otherName, Set<MandateScope> scopes, Instant signedAt, LocalDate lastDay,
                          boolean inForce, Instant endedAt, EndReason endReason) {

    public boolean covers(String scope) {
        return scopes.stream().anyMatch(s -> s.name().equals(scope));
    }
}
