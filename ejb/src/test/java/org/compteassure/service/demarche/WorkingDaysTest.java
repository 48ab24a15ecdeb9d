package org.compteassure.service.demarche;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.compteassure.persistence.demarche.DemarcheStatus;
import org.compteassure.persistence.demarche.DemarcheType;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    @Test
    void weekendsDoNotCount() {
        LocalDate thursday = LocalDate.of(2026, 12, 3);
        assertEquals(LocalDate.of(2026, 12, 4), WorkingDays.after(thursday, 1));
        assertEquals(LocalDate.of(2026, 12, 10), WorkingDays.after(thursday, 5), "Thursday + 5 = next Thursday");
        assertEquals(LocalDate.of(2026, 12, 7), WorkingDays.after(LocalDate.of(2026, 12, 5), 1), "Saturday + 1 = Monday");
        assertEquals(thursday, WorkingDays.after(thursday, 0));
    }

    @Test
    void theDelaysComeFromTheSettingTypeByTypeAndKeepTheirDefaultsOtherwise() {
        DemarcheDelays delays = DemarcheDelays.parse("IBAN_CHANGE=3, newborn = 20,ADDRESS_CHANGE=beaucoup,INCONNU=4,"
                + "VITALE_LOSS=-1");
        assertEquals(3, delays.days(DemarcheType.IBAN_CHANGE));
        assertEquals(20, delays.days(DemarcheType.NEWBORN));
        assertEquals(5, delays.days(DemarcheType.ADDRESS_CHANGE), "not a number: the default");
        assertEquals(10, delays.days(DemarcheType.VITALE_LOSS), "negative: the default");
        assertEquals(10, DemarcheDelays.parse("").days(DemarcheType.EUROPEAN_CARD));
    }

    @Test
    void aStatusOnlyMovesForward() {
        assertEquals(true, DemarcheStatus.RECEIVED.mayBecome(DemarcheStatus.IN_PROGRESS));
        assertEquals(true, DemarcheStatus.RECEIVED.mayBecome(DemarcheStatus.REFUSED));
        assertEquals(true, DemarcheStatus.IN_PROGRESS.mayBecome(DemarcheStatus.DONE));
        assertEquals(false, DemarcheStatus.IN_PROGRESS.mayBecome(DemarcheStatus.RECEIVED));
        assertEquals(false, DemarcheStatus.DONE.mayBecome(DemarcheStatus.REFUSED), "one end is the end");
        assertEquals(false, DemarcheStatus.DONE.mayBecome(DemarcheStatus.DONE));
    }
}
