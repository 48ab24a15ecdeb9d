package org.compteassure.service.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The one source of time for business code, so that tests move time instead of sleeping. */
@ApplicationScoped
public class ClockProducer {

    /** The fund works in metropolitan French time: "today" and office hours are Paris's. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    @Produces
    public Clock clock() {
        return Clock.system(ZONE);
    }
}
