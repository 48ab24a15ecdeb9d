package org.compteassure.service.account;

/** How the pages name the logged-in person ("Bonjour Camille TESTEUR", the rights attestation's link). */
public record PersonName(String givenNames, String familyName) {
}
