package org.compteassure.service.account;

/** What happens to a family's links, for the notifications. */
public final class FamilyEvents {

    private FamilyEvents() {
    }

    /** A second parent attached this child from their own account: the first parent is told. */
    public record SecondParentAttached(long beneficiaryId) {
    }
}
