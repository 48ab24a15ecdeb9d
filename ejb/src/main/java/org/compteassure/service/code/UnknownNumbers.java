package org.compteassure.service.code;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import org.compteassure.persistence.account.Account;
import org.compteassure.persistence.code.LoginFailure;
import org.compteassure.persistence.code.UnknownNumber;
import org.compteassure.persistence.domain.Nir;

/**
 * The lockout of numbers that have no account ({@link UnknownNumber}), so that the login locks them after the same
 * failures as an account. Each failure is its own small transaction, serialized per number by a row lock: two
 * concurrent first failures cannot both insert, and the loser counts again ({@link #recordFailure(UnknownNumbers,
 * Nir, Instant)}) rather than answer with an error that an account would never give.
 */
@Stateless
@PermitAll // the login's first step: nobody is known yet
public class UnknownNumbers {

    @Inject
    private EntityManager em;

    /** Whether the number is in a lock period (or blocked) now. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean isLocked(Nir nir, Instant now) {
        UnknownNumber number = em.find(UnknownNumber.class, hash(nir));
        return number != null && !number.lockout().acceptsLogin(now);
    }

    /**
     * Counts one failure, as {@link Account#recordFailure} would.
     *
     * @return whether the number still accepts a login after it (false: locked now)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean recordFailure(Nir nir, Instant now) {
        String hash = hash(nir);
        UnknownNumber number = em.find(UnknownNumber.class, hash, LockModeType.PESSIMISTIC_WRITE);
        if (number == null) {
            // Housekeeping at a number's first failure only: the rows of numbers tried long ago.
            em.createNamedQuery("UnknownNumber.purge").setParameter("before", now.minus(UnknownNumber.FORGOTTEN_AFTER))
                    .executeUpdate();
            em.createNamedQuery("LoginFailure.purgeForNumbers").setParameter("before", now.minus(Account.BLOCK_WINDOW))
                    .executeUpdate();
            number = new UnknownNumber(hash, now);
            em.persist(number);
            em.flush();
        }
        number.failedAt(now);
        em.persist(LoginFailure.ofUnknownNumber(hash, now));
        long recent = em.createNamedQuery("LoginFailure.countForNumberSince", Long.class)
                .setParameter("nirHash", hash)
                .setParameter("since", now.minus(Account.BLOCK_WINDOW))
                .getSingleResult();
        number.lockout().recordFailure(now, recent);
        return number.lockout().acceptsLogin(now);
    }

    /** Counts one failure; a concurrent first failure of the same number may win the insert, then count again. */
    public static boolean recordFailure(UnknownNumbers numbers, Nir nir, Instant now) {
        try {
            return numbers.recordFailure(nir, now);
        } catch (EJBException lostTheRace) {
            return numbers.recordFailure(nir, now);
        }
    }

    private static String hash(Nir nir) {
        return Secrets.sha256("nir:" + nir.value());
    }
}
