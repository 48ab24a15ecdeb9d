package org.compteassure.service.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.compteassure.persistence.account.AccountQueries;
import org.compteassure.persistence.account.Account;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.account.InsuredPerson.Sex;
import org.compteassure.persistence.account.ProfileChange;
import org.compteassure.service.code.CodeService;

/**
 * FranceConnect accounts: a known {@code sub} logs its account in; the first time, the pivot identity must match
 * exactly one person of the register (family name, given names, birth date, sex, birthplace — the commune or country
 * of birth, which the NIR holds), and the person types their account's code once ({@link #confirmLink}) before the
 * account gets the {@code sub}: an identity that merely resembles someone's never enters their account. A person
 * FranceConnect cannot match links it from /espace/securite after logging in with their code. Every link and unlink
 * is told to the owner by e-mail ({@link FranceConnectEvents}).
 */
@Stateless
@RolesAllowed(Roles.INSURED)
public class FranceConnectService {

    /**
     * {@code CODE_NEEDED}: one account matches, not linked yet, its code is asked ({@link #confirmLink}), which answers
     * {@code LOGGED_IN}, {@code WRONG_CODE}, {@code FACTOR_NEEDED} (the account has a strong factor: it is linked from
     * /espace/securite instead) or {@code LOCKED} (too many wrong codes, as for a login).
     */
    public enum Match { LOGGED_IN, NO_MATCH, SEVERAL, NO_ACCOUNT, CODE_NEEDED, WRONG_CODE, FACTOR_NEEDED, LOCKED }

    /** The outcome of a FranceConnect login: the account when {@link Match#LOGGED_IN}. */
    public record Outcome(Match match, long accountId) {
    }

    @Inject
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @EJB
    private CodeService codes;

    @Inject
    private Event<FranceConnectEvents.Linked> linkedEvent;

    @Inject
    private Event<FranceConnectEvents.Unlinked> unlinkedEvent;

    /**
     * Finds the account of a person FranceConnect vouched for; the first time, asks for its code (CODE_NEEDED).
     * Permitted to anyone: this is a login, the identity comes from FranceConnect's verified tokens.
     */
    // Anonymous: the FranceConnect callback, whose ID token was checked by the web layer.
    @PermitAll
    public Outcome login(FranceConnectIdentity identity) {
        Optional<Account> linked = linkedAccount(identity.sub());
        if (linked.isPresent()) {
            return linked.get().getStatus() == Account.Status.ACTIVE
                    ? new Outcome(Match.LOGGED_IN, linked.get().getId()) : new Outcome(Match.NO_ACCOUNT, 0);
        }
        Outcome match = match(identity);
        return match.match() == Match.CODE_NEEDED ? new Outcome(Match.CODE_NEEDED, 0) : match;
    }

    /**
     * The first FranceConnect login of a matched person: their account's code, typed once, links it and logs them in.
     * Permitted to anyone: the caller is not logged in yet; FranceConnect vouched for the identity (verified tokens,
     * kept in the server's session) and the code proves the account is theirs. A wrong code counts like a failed
     * login (lockout, the owner told), through {@link CodeService#confirmCode}.
     */
    // Anonymous: not logged in yet; FranceConnect's verified identity and the account's code prove it.
    @PermitAll
    public Outcome confirmLink(FranceConnectIdentity identity, char[] code) {
        if (linkedAccount(identity.sub()).isPresent()) {
            return new Outcome(Match.NO_MATCH, 0);
        }
        Outcome match = match(identity);
        if (match.match() != Match.CODE_NEEDED) {
            return match;
        }
        // No strong factor is asked here: an account that has one is linked from /espace/securite, after a login with it.
        return switch (codes.confirmCode(match.accountId(), code)) {
            case CONFIRMED -> {
                // The code check ran in a transaction of its own and updated the account: link the row as it is now.
                Account account = em.find(Account.class, match.accountId());
                em.refresh(account);
                link(account, identity.sub());
                yield new Outcome(Match.LOGGED_IN, match.accountId());
            }
            case WRONG_CODE -> new Outcome(Match.WRONG_CODE, 0);
            case WRONG_FACTOR -> new Outcome(Match.FACTOR_NEEDED, 0);
            case LOCKED -> new Outcome(Match.LOCKED, 0);
        };
    }

    /** "Délier FranceConnect" (/espace/securite): the caller's account no longer accepts FranceConnect. */
    public void unlink() {
        Account account = em.find(Account.class, caller.accountId());
        if (account.getFranceConnectSub() == null) {
            return;
        }
        em.persist(new ProfileChange(account.getInsuredPerson().getId(), ProfileChange.Field.FRANCECONNECT,
                "FranceConnect", null, clock.instant(), ProfileChange.Channel.ONLINE));
        account.setFranceConnectSub(null);
        unlinkedEvent.fire(new FranceConnectEvents.Unlinked(account.getId(), clock.instant()));
    }

    /** One person matches with an active account free of any link: {@code CODE_NEEDED} with that account. */
    private Outcome match(FranceConnectIdentity identity) {
        List<InsuredPerson> matches = matches(identity);
        if (matches.size() > 1) {
            return new Outcome(Match.SEVERAL, 0);
        }
        if (matches.isEmpty()) {
            return new Outcome(Match.NO_MATCH, 0);
        }
        Optional<Account> account = AccountQueries.accountOf(em, matches.get(0))
                .filter(a -> a.getStatus() == Account.Status.ACTIVE);
        if (account.isEmpty()) {
            return new Outcome(Match.NO_ACCOUNT, 0);
        }
        if (account.get().getFranceConnectSub() != null) {
            // Linked to another FranceConnect identity: only its owner, logged in, may change that.
            return new Outcome(Match.NO_MATCH, 0);
        }
        return new Outcome(Match.CODE_NEEDED, account.get().getId());
    }

    /**
     * Links FranceConnect to the account of a person logged in with their code (from /espace/securite).
     *
     * @return false if that FranceConnect identity is already linked to another account
     */
    public boolean link(FranceConnectIdentity identity) {
        long accountId = caller.accountId();
        Optional<Account> other = linkedAccount(identity.sub());
        if (other.isPresent()) {
            return other.get().getId() == accountId;
        }
        link(em.find(Account.class, accountId), identity.sub());
        return true;
    }

    /** Whether the caller's account is linked to FranceConnect. */
    public boolean isLinked() {
        return em.find(Account.class, caller.accountId()).getFranceConnectSub() != null;
    }

    private void link(Account account, String sub) {
        em.persist(new ProfileChange(account.getInsuredPerson().getId(), ProfileChange.Field.FRANCECONNECT,
                account.getFranceConnectSub() == null ? null : "FranceConnect", "FranceConnect", clock.instant(),
                ProfileChange.Channel.ONLINE));
        account.setFranceConnectSub(sub);
        em.flush();
        linkedEvent.fire(new FranceConnectEvents.Linked(account.getId(), clock.instant()));
    }

    private Optional<Account> linkedAccount(String sub) {
        return em.createNamedQuery("Account.findByFranceConnect", Account.class)
                .setParameter("sub", sub).getResultStream().findFirst();
    }

    private List<InsuredPerson> matches(FranceConnectIdentity identity) {
        Sex sex = switch (identity.gender()) {
            case "male" -> Sex.MALE;
            case "female" -> Sex.FEMALE;
            default -> null;
        };
        if (sex == null) {
            return List.of();
        }
        String place = FranceConnectIdentity.FRANCE.equals(identity.birthCountry()) ? identity.birthplace()
                : identity.birthCountry();
        return em.createNamedQuery("InsuredPerson.findByBirth", InsuredPerson.class)
                .setParameter("birthDate", identity.birthDate())
                .setParameter("sex", sex)
                .getResultStream()
                .filter(p -> normalized(p.getFamilyName()).equals(normalized(identity.familyName())))
                .filter(p -> normalized(p.getGivenNames()).equals(normalized(identity.givenNames())))
                .filter(p -> p.getNir().value().substring(5, 10).equalsIgnoreCase(place))
                .toList();
    }

    /** Names compared as registers write them: no accents, upper case, hyphens and apostrophes as spaces. */
    static String normalized(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toUpperCase(Locale.ROOT).replaceAll("[\\s'’-]+", " ").strip();
    }
}
