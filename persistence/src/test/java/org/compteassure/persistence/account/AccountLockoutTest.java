package org.compteassure.persistence.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.compteassure.persistence.domain.Nir;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountLockoutTest {

    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");

    private Account account;

    @BeforeEach
    void activeAccount() {
        InsuredPerson person = new InsuredPerson(Nir.parse("2850575056123", false), "DUPONT", "Marie",
                LocalDate.of(1985, 5, 12), InsuredPerson.Sex.FEMALE, null);
        account = new Account(person, "marie@exemple.fr", T0);
        account.setDefinitiveCode("hash", T0);
    }

    @Test
    void fourFailuresDoNotLock() {
        for (int i = 1; i <= 4; i++) {
            assertFalse(account.recordFailure(T0, i));
        }
        assertTrue(account.acceptsLogin(T0));
    }

    @Test
    void theFifthFailureLocksOneMinuteThenTheLockDoublesUpToFifteen() {
        for (int i = 1; i <= 4; i++) {
            account.recordFailure(T0, i);
        }
        assertTrue(account.recordFailure(T0, 5), "the first lock is reported, to tell the owner");
        assertEquals(T0.plus(Duration.ofMinutes(1)), account.getLockedUntil());
        assertFalse(account.acceptsLogin(T0.plusSeconds(59)));
        assertTrue(account.acceptsLogin(T0.plusSeconds(60)));

        long[] expectedMinutes = {2, 4, 8, 15, 15};
        for (int i = 0; i < expectedMinutes.length; i++) {
            assertFalse(account.recordFailure(T0, 6 + i), "only the first lock is reported");
            assertEquals(T0.plus(Duration.ofMinutes(expectedMinutes[i])), account.getLockedUntil());
        }
    }

    @Test
    void twentyFailuresWithinTwelveHoursBlockUntilANewCode() {
        account.recordFailure(T0, 20);
        assertTrue(account.isBlocked());
        assertFalse(account.acceptsLogin(T0.plus(Duration.ofDays(1))));
        account.clearLockout();
        assertTrue(account.acceptsLogin(T0));
    }

    @Test
    void aRightCodeDoesNotLiftABlockOnlyANewCodeDoes() {
        account.recordFailure(T0, 20);
        account.recordSuccess();
        assertTrue(account.isBlocked(), "a provisional code's success keeps the block");
        account.setDefinitiveCode("new", T0);
        assertFalse(account.isBlocked());
        assertTrue(account.acceptsLogin(T0));
    }

    @Test
    void aNewCodeKeepsThePreviousOnesHash() {
        assertNull(account.getPreviousCodeHash(), "the first code has no predecessor");
        account.setDefinitiveCode("second", T0);
        assertEquals("hash", account.getPreviousCodeHash());
        account.setDefinitiveCode("third", T0);
        assertEquals("second", account.getPreviousCodeHash());
        assertEquals("third", account.getCodeHash());
    }

    @Test
    void aSuccessResetsTheSeries() {
        for (int i = 1; i <= 5; i++) {
            account.recordFailure(T0, i);
        }
        account.recordSuccess();
        assertEquals(0, account.getConsecutiveFailures());
        assertNull(account.getLockedUntil());
    }

    @Test
    void aClosedAccountRefusesItsDefinitiveCodeUntilANewOneIsChosen() {
        account.close(T0);
        assertFalse(account.acceptsDefinitiveCode());
        assertTrue(account.acceptsLogin(T0), "a provisional code (reactivation by post) is still checked");
        account.setDefinitiveCode("new", T0.plusSeconds(5));
        assertEquals(Account.Status.ACTIVE, account.getStatus());
        assertTrue(account.acceptsDefinitiveCode());
    }
}
