package org.compteassure.service.security;

import java.io.Serializable;

/**
 * What the enrolment page shows once: the QR code of the otpauth:// address, and the seed in groups of four for
 * whoever cannot scan. The seed is stored only encrypted.
 */
public record TotpEnrolment(String readableSecret, QrImage qr) implements Serializable {
}
