package org.compteassure.service.account;

import java.time.LocalDate;

/**
 * A child a person acts for, as their pages list it.
 *
 * @param listedUnderCaller whether the register lists the child under this person (else they are its second parent)
 */
public record Child(long id, String givenNames, String familyName, LocalDate birthDate, boolean listedUnderCaller) {
}
