package org.compteassure.service.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ejb.Stateless;
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

/**
 * FranceConnect accounts: a known {@code sub} logs its account in; the first time, the pivot identity must match
 * exactly one person of the register (family name, given names, birth date, sex, birthplace — the commune or country
 * of birth, which the NIR holds), whose active account then gets the {@code sub}. A person FranceConnect cannot
 * match links it from /espace/securite after logging in with their code.
 */
@Stateless
@RolesAllowed(Roles.INSURED)
public class FranceConnectService {

    public enum Match { LOGGED_IN, NO_MATCH, SEVERAL, NO_ACCOUNT }

    /** The outcome of a FranceConnect login: the account when {@link Match#LOGGED_IN}. */
    public record Outcome(Match match, long accountId) {
    }

    @Inject
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    /** Finds the account of a person FranceConnect vouched for, linking it the first time. */
    // Anonymous: the FranceConnect callback, whose ID token was checked by the web layer.
    @PermitAll
    public Outcome login(FranceConnectIdentity identity) {
        Optional<Account> linked = linkedAccount(identity.sub());
        if (linked.isPresent()) {
            return linked.get().getStatus() == Account.Status.ACTIVE
                    ? new Outcome(Match.LOGGED_IN, linked.get().getId()) : new Outcome(Match.NO_ACCOUNT, 0);
        }
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
        link(account.get(), identity.sub());
        return new Outcome(Match.LOGGED_IN, account.get().getId());
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

    public boolean isLinked() {
        long accountId = caller.accountId();
        return em.find(Account.class, accountId).getFranceConnectSub() != null;
    }

    private void link(Account account, String sub) {
        em.persist(new ProfileChange(account.getInsuredPerson().getId(), ProfileChange.Field.FRANCECONNECT,
                account.getFranceConnectSub() == null ? null : "FranceConnect", "FranceConnect", clock.instant(),
                ProfileChange.Channel.ONLINE));
        account.setFranceConnectSub(sub);
        em.flush();
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
