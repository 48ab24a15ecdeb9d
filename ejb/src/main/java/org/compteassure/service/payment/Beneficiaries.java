package org.compteassure.service.payment;

import java.io.Serializable;
import java.util.List;

/**
 * The people whose care appears on an insured person's payments: themself first, then their beneficiaries.
 *
 * @param self the insured person's given names
 */
public record Beneficiaries(String self, List<Option> children) implements Serializable {

    /** A beneficiary, as the filter offers it. */
    public record Option(long id, String givenNames) implements Serializable {
    }
}
