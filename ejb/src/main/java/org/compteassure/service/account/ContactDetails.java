package org.compteassure.service.account;

/** The details a person edits in one form: postal address and phone (as typed). */
public record ContactDetails(String line1, String line2, String postcode, String city, String country, String phone) {
}
