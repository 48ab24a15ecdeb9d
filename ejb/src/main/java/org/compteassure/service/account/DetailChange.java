package org.compteassure.service.account;

import java.time.Instant;
import org.compteassure.persistence.account.ProfileChange.Channel;
import org.compteassure.persistence.account.ProfileChange.Field;

/** One line of the history of a person's details: what changed, from what to what, when, online or by the register. */
public record DetailChange(Instant changedAt, Field field, String oldValue, String newValue, Channel channel) {
}
