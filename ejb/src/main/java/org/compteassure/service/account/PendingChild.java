package org.compteassure.service.account;

import java.time.LocalDate;
import org.compteassure.persistence.demarche.DemarcheType;

/**
 * A child waiting for the fund among a person's children: a newborn « en cours d'inscription » ({@code NEWBORN}) or
 * a child whose attachment to this second parent waits for confirmation ({@code SECOND_PARENT}), with the démarche.
 */
public record PendingChild(String givenNames, String familyName, LocalDate birthDate, DemarcheType type,
                           String demarcheNumber) {
}
