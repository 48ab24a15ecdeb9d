package org.compteassure.service.demarche;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.compteassure.persistence.demarche.DemarcheType;

/**
 * How many working days the fund announces for each type of démarche: the defaults below, each one replaceable by
 * {@code CA_DEMARCHE_DELAYS} (configure.cli makes it the system property {@code compteassure.demarche-delays}), e.g.
 * {@code IBAN_CHANGE=3,NEWBORN=15}. A setting that is not understood stops nothing: the default stays, and the
 * settings check names it.
 */
public final class DemarcheDelays {

    static final String PROPERTY = "compteassure.demarche-delays";

    private static final Map<DemarcheType, Integer> DEFAULTS = Map.of(
            DemarcheType.IBAN_CHANGE, 5,
            DemarcheType.ADDRESS_CHANGE, 5,
            DemarcheType.VITALE_LOSS, 10,
            DemarcheType.EUROPEAN_CARD, 10,
            DemarcheType.SECOND_PARENT, 10,
            DemarcheType.NEWBORN, 15,
            DemarcheType.PAYMENT_REPORT, 20);

    private final Map<DemarcheType, Integer> days;

    private DemarcheDelays(Map<DemarcheType, Integer> days) {
        this.days = days;
    }

    /** The delays as configured now. */
    public static DemarcheDelays configured() {
        return parse(System.getProperty(PROPERTY, ""));
    }

    /** The defaults, replaced by each {@code TYPE=days} of the setting (comma-separated) that makes sense. */
    static DemarcheDelays parse(String setting) {
        Map<DemarcheType, Integer> days = new EnumMap<>(DEFAULTS);
        for (String entry : setting.split(",")) {
            String[] pair = entry.split("=", 2);
            if (pair.length == 2) {
                try {
                    int value = Integer.parseInt(pair[1].strip());
                    if (value >= 0 && value <= 365) {
                        days.put(DemarcheType.valueOf(pair[0].strip().toUpperCase(Locale.ROOT)), value);
                    }
                } catch (IllegalArgumentException ignored) {
                    // not a type or not a number: the default stays
                }
            }
        }
        return new DemarcheDelays(days);
    }

    /** The working days announced for that type. */
    public int days(DemarcheType type) {
        return days.get(type);
    }
}
