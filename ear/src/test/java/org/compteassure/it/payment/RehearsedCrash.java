package org.compteassure.it.payment;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test deployments only (added to ejb.jar with {@link CrashingCsvReader}): the line at which an import's job is to
 * fail once, as a crash of its node would at that point. A test arms it before starting the import; the run that
 * reaches the line fails and disarms it, so the resumed job goes through.
 */
@ApplicationScoped
public class RehearsedCrash {

    private final Map<Long, Long> lineByImport = new ConcurrentHashMap<>();

    /** The next run of this import fails when it reaches {@code line}. */
    public void arm(long importId, long line) {
        lineByImport.put(importId, line);
    }

    /** Whether the job must fail at this line of this import; true once per arming. */
    public boolean due(long importId, long line) {
        return lineByImport.remove(importId, line);
    }
}
