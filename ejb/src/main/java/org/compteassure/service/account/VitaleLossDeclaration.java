package org.compteassure.service.account;

import java.time.LocalDate;
import org.compteassure.persistence.account.VitaleLoss.Kind;

/** A declared loss or theft of the carte Vitale, as the person is reminded of it: what, when, and its reference. */
public record VitaleLossDeclaration(Kind kind, LocalDate occurredOn, String reference) {
}
