package org.compteassure.service.appointment;

import java.util.List;
import org.compteassure.service.BusinessException;

/** Someone else booked the slot first (the race is decided by the database); {@code next} are the next free ones. */
public class SlotTakenException extends BusinessException {

    private final transient List<FreeSlot> next;

    public SlotTakenException(List<FreeSlot> next) {
        super("slot already taken");
        this.next = List.copyOf(next);
    }

    public List<FreeSlot> next() {
        return next;
    }
}
