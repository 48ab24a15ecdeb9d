package org.compteassure.service.demarche;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.compteassure.persistence.demarche.DemarcheStatus;

/**
 * A status change as the back office sends it, in the status API's body and in the reply queue's messages
 * (docs/back-office.md): {@code {"statut": …, "motif": …, "date": "AAAA-MM-JJ"}}, the last two optional. Read here
 * for both, so that both are applied the same way ({@link DemarcheService#advance}).
 */
public record StatusChange(DemarcheStatus status, String reason, LocalDate date) {

    /**
     * @throws IllegalArgumentException if the object is not such a change (no or unknown status, a member that is not
     *                                  a string, a date that is not one)
     */
    public static StatusChange of(JsonObject json) {
        try {
            String day = optionalString(json, "date");
            return new StatusChange(DemarcheStatus.valueOf(json.getString("statut")), optionalString(json, "motif"),
                    day == null ? null : LocalDate.parse(day));
        } catch (ClassCastException | NullPointerException | DateTimeParseException e) {
            throw new IllegalArgumentException("not a status change", e);
        }
    }

    /** A string member, or null when absent or JSON null; anything else than a string is a malformed change. */
    private static String optionalString(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return ((JsonString) value).getString();
    }
}
