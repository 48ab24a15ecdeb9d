package org.compteassure.service.mandate;

import java.time.LocalDate;
import java.util.Set;
import org.compteassure.persistence.mandate.MandateScope;

/**
 * « Donner un mandat à un proche », as typed: who the helper is (their social security number and family name, as
 * on their card), which parts of the space, and the last day it holds.
 */
public record MandateRequest(String helperNir, String helperFamilyName, Set<MandateScope> scopes, LocalDate lastDay) {
}
