package org.compteassure.web.messaging;

import jakarta.faces.context.FacesContext;
import java.util.function.LongConsumer;
import org.compteassure.service.NotFoundException;
import org.compteassure.web.platform.Http;

/** Pages that name an object in their address ({@code ?id=…}): checked once on arrival, then kept in the view. */
final class Arrival {

    private Arrival() {
    }

    /**
     * On the first GET, loads what the id names; a malformed id, or one the service does not find for this caller,
     * answers 404 like a page that does not exist. Postbacks keep the id checked on arrival.
     */
    static void withId(String id, LongConsumer load) {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            load.accept(Long.parseLong(id == null ? "" : id));
        } catch (NumberFormatException | NotFoundException e) {
            Http.sendError(404);
        }
    }
}
