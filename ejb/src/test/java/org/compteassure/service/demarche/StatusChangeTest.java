package org.compteassure.service.demarche;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import java.io.StringReader;
import java.time.LocalDate;
import org.compteassure.persistence.demarche.DemarcheStatus;
import org.junit.jupiter.api.Test;

class StatusChangeTest {

    @Test
    void readsTheStatusAndTheOptionalReasonAndDate() {
        assertEquals(new StatusChange(DemarcheStatus.REFUSED, "RIB illisible", LocalDate.of(2026, 12, 4)),
                read("{\"numero\": \"D-2026-000001\", \"statut\": \"REFUSED\", \"motif\": \"RIB illisible\","
                        + " \"date\": \"2026-12-04\"}"));
        assertEquals(new StatusChange(DemarcheStatus.DONE, null, null),
                read("{\"statut\": \"DONE\", \"motif\": null, \"date\": null}"));
    }

    @Test
    void refusesWhatIsNoStatusChange() {
        for (String json : new String[] {"{}", "{\"statut\": \"FINI\"}", "{\"statut\": 3}",
                "{\"statut\": \"DONE\", \"date\": \"04/12/2026\"}", "{\"statut\": \"DONE\", \"motif\": []}"}) {
            assertThrows(IllegalArgumentException.class, () -> read(json), json);
        }
    }

    private static StatusChange read(String json) {
        return StatusChange.of(Json.createReader(new StringReader(json)).readObject());
    }
}
