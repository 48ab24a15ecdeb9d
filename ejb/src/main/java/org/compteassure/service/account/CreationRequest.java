package org.compteassure.service.account;

import java.time.LocalDate;
import org.compteassure.persistence.code.OneTimeCode.Channel;
import org.compteassure.persistence.domain.Nir;

/** What a person types to open their account: proof of identity, where to reach them, how to get the code. */
public record CreationRequest(Nir nir, LocalDate birthDate, String vitaleSerial, String ibanEnd, String email,
                              Channel channel) {
}
