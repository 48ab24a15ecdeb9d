package org.compteassure.service.family;

import java.time.LocalDate;
import org.compteassure.persistence.account.InsuredPerson.Sex;
import org.compteassure.persistence.domain.Nir;
import org.compteassure.service.messaging.NewAttachment;

/**
 * « Déclarer une naissance » as the form sends it: the child, the other parent's NIR when the child is to be attached
 * to both parents (null otherwise), and the birth certificate as uploaded.
 */
public record NewbornRequest(String familyName, String givenNames, LocalDate birthDate, Sex sex, Nir otherParent,
                             NewAttachment certificate) {
}
