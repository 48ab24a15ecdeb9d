package org.compteassure.service.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Set;
import java.util.logging.Logger;
import org.compteassure.persistence.account.Account;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.account.InsuredPerson.Sex;
import org.compteassure.persistence.account.PostalAddress;
import org.compteassure.persistence.account.Rights;
import org.compteassure.persistence.domain.Iban;
import org.compteassure.persistence.domain.Nir;
import org.compteassure.persistence.security.StaffMember;
import org.compteassure.service.code.SecretHasher;
import org.compteassure.service.security.Roles;

/**
 * The people a newcomer logs in as (README, "Demo logins"). Loaded once, on the embedded default only: never on a
 * production database. Each feature adds what it needs to show itself here.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@RolesAllowed(Roles.SYSTEM)
public class DemoData extends DemoSet {

    public static final String INSURED_CODE = "Printemps-Lavande-42";
    public static final String ADVISER = "conseiller";
    public static final String ADVISER_PASSWORD = "Conseiller-Demo-42";
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "Admin-Demo-42";
    public static final String CLAIMS_SYSTEM = "liquidation";
    public static final String CLAIMS_SYSTEM_PASSWORD = "Liquidation-Demo-42";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    private SecretHasher hasher;

    @Override
    boolean isLoaded() {
        return !em.createNamedQuery("StaffMember.findByUsername").setParameter("username", ADVISER).getResultList()
                .isEmpty();
    }

    @Override
    void add() {
        String code = hasher.hash(INSURED_CODE.toCharArray());

        InsuredPerson marie = person(MARIE, "DUPONT", "Marie", LocalDate.of(1985, 5, 12), Sex.FEMALE,
                new PostalAddress("12 RUE DES LILAS", null, "75011", "PARIS", "FRANCE"),
                "FR7630006000011234567890189", "marie.dupont@exemple.fr");
        marie.addBeneficiary("DUPONT", "Léa", LocalDate.of(2014, 3, 2)).setRights(rights(LocalDate.of(2014, 3, 2), null));
        marie.addBeneficiary("DUPONT", "Hugo", LocalDate.of(2017, 9, 21)).setRights(rights(LocalDate.of(2017, 9, 21),
                null));
        account(marie, code);
        account(person(JEAN, "MARTIN", "Jean", LocalDate.of(1978, 11, 3), Sex.MALE,
                new PostalAddress("3 COURS NAPOLEON", null, "20000", "AJACCIO", "FRANCE"),
                "FR1420041010050500013M02606", "jean.martin@exemple.fr"), code);
        // No e-mail address: an account opened with an adviser, which logs in without the second step.
        account(person("2900299350012", "LEROY", "Sophie", LocalDate.of(1990, 2, 20), Sex.FEMALE,
                new PostalAddress("8 AVENUE JEAN JAURES", "BATIMENT B", "69007", "LYON", "FRANCE"),
                "FR3810278060410002089370159", null), code);

        // In the register but without an account: to try "Je crée mon compte".
        person("1920133063057", "PETIT", "Lucas", LocalDate.of(1992, 1, 30), Sex.MALE,
                new PostalAddress("21 RUE DU PORT", null, "33000", "BORDEAUX", "FRANCE"),
                "FR3910096000501234567890114", "lucas.petit@exemple.fr");

        em.persist(new StaffMember(ADVISER, "Claire Conseil", hasher.hash(ADVISER_PASSWORD.toCharArray()),
                Set.of(StaffMember.ADVISER)));
        em.persist(new StaffMember(ADMIN, "Alain Admin", hasher.hash(ADMIN_PASSWORD.toCharArray()),
                Set.of(StaffMember.ADMIN, StaffMember.ADVISER)));
        em.persist(new StaffMember(CLAIMS_SYSTEM, "Système de liquidation", hasher.hash(CLAIMS_SYSTEM_PASSWORD.toCharArray()),
                Set.of(StaffMember.CLAIMS_SYSTEM)));
        LOG.info("Demo data loaded (embedded database): see the README for the logins");
    }

    private InsuredPerson person(String nir, String familyName, String givenNames, LocalDate birthDate, Sex sex,
                                 PostalAddress address, String iban, String email) {
        InsuredPerson person = new InsuredPerson(Nir.parse(nir.substring(0, 13), false), familyName, givenNames,
                birthDate, sex, address);
        person.setIban(Iban.parse(iban));
        person.setVitaleSerial("10" + nir.substring(7, 13));
        person.setEmail(email);
        person.setRights(rights(LocalDate.of(2019, 1, 1), "Dr Claire MARTIN"));
        em.persist(person);
        return person;
    }

    /** The demo fund's rights: the general regime, open-ended, as the register would send them. */
    private static Rights rights(LocalDate start, String doctor) {
        return new Rights("GENERAL", "751", "CPAM de Paris", start, null, doctor);
    }

    private void account(InsuredPerson person, String codeHash) {
        Account account = new Account(person, person.getEmail(), clock.instant());
        account.setDefinitiveCode(codeHash, clock.instant());
        em.persist(account);
    }
}
