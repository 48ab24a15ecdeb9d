package org.compteassure.it.demarche;

import org.compteassure.service.platform.ClockProducer;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.compteassure.it.support.Callers;
import org.compteassure.it.support.Deployments;
import org.compteassure.it.support.Mailbox;
import org.compteassure.it.support.People;
import org.compteassure.it.support.TestAccounts;
import org.compteassure.it.support.Transactions;
import org.compteassure.persistence.account.Account;
import org.compteassure.persistence.account.Beneficiary;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.account.InsuredPerson.Sex;
import org.compteassure.persistence.account.Rights;
import org.compteassure.persistence.demarche.DemarcheStatus;
import org.compteassure.persistence.demarche.DemarcheType;
import org.compteassure.persistence.domain.Nir;
import org.compteassure.service.NotFoundException;
import org.compteassure.service.account.Child;
import org.compteassure.service.account.FamilyService;
import org.compteassure.service.account.PendingChild;
import org.compteassure.service.account.RegisterEntry;
import org.compteassure.service.account.RegisterService;
import org.compteassure.service.demarche.DemarcheService;
import org.compteassure.service.family.InvalidNewbornException;
import org.compteassure.service.family.InvalidNewbornException.Field;
import org.compteassure.service.family.NewbornRequest;
import org.compteassure.service.family.NewbornService;
import org.compteassure.service.messaging.AttachmentFile;
import org.compteassure.service.messaging.AttachmentRejectedException;
import org.compteassure.service.messaging.NewAttachment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The family démarches from the service to the back office's queue (read back from the embedded broker and checked
 * against the schema) and back through the status API's service: a newborn with its birth certificate, registered
 * once however the register and the fund's answer come in, or refused; bad declarations storing nothing; a second
 * parent's request waiting for the fund.
 */
@ExtendWith(ArquillianExtension.class)
class FamilyDemarchesIT {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final Rights CHILD_RIGHTS = new Rights("GENERAL", "751", "CPAM de Paris", LocalDate.now(ClockProducer.ZONE), null,
            null);

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.earWith(FamilyDemarchesIT.class, BackOfficeQueue.class, MessageSchema.class,
                People.class, Mailbox.class, TestAccounts.class);
        MessageSchema.addTo(ear.getAsType(WebArchive.class, "web.war"));
        return ear;
    }

    @Inject
    private Transactions tx;

    @EJB
    private NewbornService newborns;

    @EJB
    private DemarcheService demarches;

    @EJB
    private FamilyService families;

    @EJB
    private RegisterService register;

    @Test
    void aNewbornGoesToTheBackOfficeWithItsCertificateAndIsRegisteredOnceWhenTheFundConfirms() throws Exception {
        People.Person who = People.fresh(true);
        long account = TestAccounts.create(tx, who);
        People.Person other = People.fresh(true);
        long otherAccount = TestAccounts.create(tx, other);
        LocalDate born = LocalDate.now(ClockProducer.ZONE).minusDays(12);

        String number = Callers.asInsured(account, () -> newborns.declare(new NewbornRequest(" Testeur ", "Léa Marie",
                born, Sex.FEMALE, Nir.parse(other.nir15(), true), new NewAttachment("acte de naissance.pdf", PDF))));

        JsonObject message = single(number, who);
        assertEquals("NEWBORN", message.getString("type"));
        JsonObject details = message.getJsonObject("details");
        assertEquals("TESTEUR", details.getJsonObject("enfant").getString("nom"));
        assertEquals("Léa Marie", details.getJsonObject("enfant").getString("prenoms"));
        assertEquals(born.toString(), details.getJsonObject("enfant").getString("dateNaissance"));
        assertEquals("F", details.getJsonObject("enfant").getString("sexe"));
        assertEquals(other.nir15(), details.getJsonObject("autreParent").getString("nir"));
        JsonObject certificate = details.getJsonObject("acteNaissance");
        assertTrue(certificate.getString("url").endsWith("/api/demarches/" + number + "/acte-naissance"),
                certificate.toString());
        assertEquals("application/pdf", certificate.getString("type"));
        assertEquals(PDF.length, certificate.getInt("taille"));
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)),
                certificate.getString("sha256"));
        AttachmentFile fetched = Callers.asClaimsSystem(() -> newborns.certificate(number));
        assertArrayEquals(PDF, fetched.content());
        assertEquals("acte de naissance.pdf", fetched.fileName());

        assertEquals(List.of(new PendingChild("Léa Marie", "TESTEUR", born, DemarcheType.NEWBORN, number)),
                Callers.asInsured(account, () -> newborns.pending()), "« en cours d'inscription »");
        assertEquals(List.of(), Callers.asInsured(account, () -> families.children()), "not the register's yet");

        Callers.asClaimsSystem(() -> demarches.advance(number, DemarcheStatus.DONE, null, null));
        assertEquals("Votre démarche " + number + " a avancé", Mailbox.awaitMail(who.email(), 1).subject());
        assertEquals(List.of(), Callers.asInsured(account, () -> newborns.pending()));
        List<Child> children = Callers.asInsured(account, () -> families.children());
        assertEquals(1, children.size(), children.toString());
        assertEquals("Léa Marie", children.get(0).givenNames());
        assertTrue(children.get(0).listedUnderCaller());
        assertEquals(List.of(children.get(0).id()), Callers.asInsured(otherAccount, () -> families.children())
                .stream().map(Child::id).toList(), "the other parent named in the declaration has the child too");

        upsertWithChild(who, new RegisterEntry.Child("TESTEUR", "LÉA MARIE", born, null, CHILD_RIGHTS));
        List<Beneficiary> registered = beneficiaries(who);
        assertEquals(1, registered.size(), "the register's child is the declared one, not a second");
        assertEquals(children.get(0).id(), registered.get(0).getId());
        assertNotNull(registered.get(0).getRights(), "the register gives the child's rights");
    }

    @Test
    void aChildTheRegisterSendsFirstIsShownOnceAndARefusalTakesThePendingChildAway() {
        People.Person who = People.fresh(true);
        long account = TestAccounts.create(tx, who);
        LocalDate born = LocalDate.now(ClockProducer.ZONE).minusMonths(3);
        String first = declare(account, "Noé", born);
        String second = declare(account, "Jade", born.plusDays(1));
        assertEquals(List.of("Noé", "Jade"), Callers.asInsured(account, () -> newborns.pending()).stream()
                .map(PendingChild::givenNames).toList());

        upsertWithChild(who, new RegisterEntry.Child("TESTEUR", "Noé", born, null, CHILD_RIGHTS));
        assertEquals(List.of("Jade"), Callers.asInsured(account, () -> newborns.pending()).stream()
                .map(PendingChild::givenNames).toList(), "the register's Noé replaces the pending one");
        Callers.asClaimsSystem(() -> demarches.advance(first, DemarcheStatus.DONE, null, null));
        assertEquals(1, beneficiaries(who).size(), "the fund's answer after the register adds no second Noé");

        Callers.asClaimsSystem(() -> demarches.advance(second, DemarcheStatus.REFUSED, null,
                "L'acte de naissance est illisible."));
        assertEquals(List.of(), Callers.asInsured(account, () -> newborns.pending()), "no longer pending");
        assertEquals(List.of("Noé"), Callers.asInsured(account, () -> families.children()).stream()
                .map(Child::givenNames).toList());
        assertEquals("L'acte de naissance est illisible.",
                Callers.asInsured(account, () -> demarches.mine(second)).reason(), "the person sees the reason");
    }

    @Test
    void aBadDeclarationStoresNothing() {
        People.Person who = People.fresh(true);
        long account = TestAccounts.create(tx, who);
        long before = count();
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        NewAttachment pdf = new NewAttachment("acte.pdf", PDF);

        assertFields(Set.of(Field.BIRTH_DATE), account, new NewbornRequest("TESTEUR", "Léa", today.plusDays(1),
                Sex.FEMALE, null, pdf));
        assertFields(Set.of(Field.BIRTH_DATE), account, new NewbornRequest("TESTEUR", "Léa",
                today.minusYears(1).minusDays(1), Sex.FEMALE, null, pdf));
        assertFields(Set.of(Field.FAMILY_NAME, Field.GIVEN_NAMES, Field.SEX, Field.CERTIFICATE), account,
                new NewbornRequest("<b>X</b>", "x".repeat(101), today, null, null, null));
        assertFields(Set.of(Field.OTHER_PARENT), account, new NewbornRequest("TESTEUR", "Léa", today, Sex.MALE,
                Nir.parse(who.nir15(), true), pdf));

        byte[] huge = Arrays.copyOf(PDF, NewAttachment.MAX_BYTES + 1);
        assertEquals(AttachmentRejectedException.Reason.TOO_LARGE, rejected(account, new NewAttachment("acte.pdf", huge)));
        byte[] program = "MZ\u0090\u0000 not a certificate".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(AttachmentRejectedException.Reason.WRONG_TYPE, rejected(account, new NewAttachment("acte.pdf",
                program)), "a program named .pdf");
        assertEquals(before, count(), "no declaration, no démarche, no message");
    }

    @Test
    void anotherPersonsDeclarationIsNotFound() {
        long owner = TestAccounts.create(tx, People.fresh(true));
        long other = TestAccounts.create(tx, People.fresh(true));
        String number = declare(owner, "Lina", LocalDate.now(ClockProducer.ZONE).minusDays(2));

        assertThrows(NotFoundException.class, () -> Callers.asInsured(other, () -> demarches.mine(number)));
        assertEquals(List.of(), Callers.asInsured(other, () -> newborns.pending()));
        assertThrows(NotFoundException.class, () -> Callers.asClaimsSystem(() -> newborns.certificate("D-2026-999999")));
    }

    @Test
    void aSecondParentsRequestIsADemarcheThatWaitsForTheFund() {
        People.Person first = People.fresh(true);
        long firstAccount = TestAccounts.create(tx, first);
        LocalDate born = LocalDate.of(2019, 6, 2);
        tx.run(em -> em.find(Account.class, firstAccount).getInsuredPerson().addBeneficiary("TESTEUR", "Elio", born));
        People.Person second = People.fresh(true);
        long secondAccount = TestAccounts.create(tx, second);
        Nir firstNir = Nir.parse(first.nir15(), true);

        String refused = Callers.asInsured(secondAccount, () -> families.attachAsSecondParent(firstNir, "elio", born));
        JsonObject details = single(refused, second).getJsonObject("details");
        assertEquals("Elio", details.getJsonObject("enfant").getString("prenoms"));
        assertEquals(first.nir15(), details.getJsonObject("premierParent").getString("nir"));
        assertEquals(List.of(refused), Callers.asInsured(secondAccount, () -> families.waitingAttachments()).stream()
                .map(PendingChild::demarcheNumber).toList());
        Callers.asClaimsSystem(() -> demarches.advance(refused, DemarcheStatus.REFUSED, null, "Filiation non établie."));
        assertEquals(List.of(), Callers.asInsured(secondAccount, () -> families.waitingAttachments()));
        assertEquals(List.of(), Callers.asInsured(secondAccount, () -> families.children()));

        String number = Callers.asInsured(secondAccount, () -> families.attachAsSecondParent(firstNir, "Elio", born));
        single(number, second);
        Callers.asClaimsSystem(() -> demarches.advance(number, DemarcheStatus.DONE, null, null));
        assertEquals(List.of("Elio"), Callers.asInsured(secondAccount, () -> families.children()).stream()
                .map(Child::givenNames).toList());
        assertEquals("Un autre parent a été rattaché à l'un de vos enfants",
                Mailbox.awaitMail(first.email(), 1).subject(), "the first parent is told once the fund confirms");
    }

    private String declare(long account, String givenNames, LocalDate born) {
        return Callers.asInsured(account, () -> newborns.declare(new NewbornRequest("TESTEUR", givenNames, born,
                Sex.MALE, null, new NewAttachment("acte.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A,
                0x1A, 0x0A, 0, 0}))));
    }

    private void assertFields(Set<Field> expected, long account, NewbornRequest request) {
        InvalidNewbornException refused = assertThrows(InvalidNewbornException.class,
                () -> Callers.asInsured(account, () -> newborns.declare(request)));
        assertEquals(expected, refused.fields());
    }

    private AttachmentRejectedException.Reason rejected(long account, NewAttachment certificate) {
        return assertThrows(AttachmentRejectedException.class, () -> Callers.asInsured(account,
                () -> newborns.declare(new NewbornRequest("TESTEUR", "Léa", LocalDate.now(ClockProducer.ZONE), Sex.FEMALE, null,
                        certificate)))).reason();
    }

    private static JsonObject single(String number, People.Person who) {
        List<JsonObject> messages = BackOfficeQueue.take(number, who.nir15(), 20_000);
        assertEquals(1, messages.size(), "one message per démarche");
        return messages.get(0);
    }

    private void upsertWithChild(People.Person who, RegisterEntry.Child child) {
        InsuredPerson p = person(who);
        Callers.asClaimsSystem(() -> register.upsert(p.getNir(), new RegisterEntry(p.getFamilyName(),
                p.getGivenNames(), p.getBirthDate(), p.getSex(), p.getAddress(), p.getIban(), null, who.email(),
                List.of(child))));
    }

    private InsuredPerson person(People.Person who) {
        return tx.call(em -> em.createNamedQuery("InsuredPerson.findByNir", InsuredPerson.class)
                .setParameter("nir", Nir.parse(who.nir13(), false)).getSingleResult());
    }

    private List<Beneficiary> beneficiaries(People.Person who) {
        return tx.call(em -> em.createQuery("SELECT b FROM Beneficiary b WHERE b.insuredPerson.nir = :nir",
                Beneficiary.class).setParameter("nir", Nir.parse(who.nir13(), false)).getResultList());
    }

    private long count() {
        return tx.call(em -> ((Number) em.createQuery("SELECT COUNT(n) FROM NewbornDeclaration n").getSingleResult())
                .longValue() + ((Number) em.createQuery("SELECT COUNT(d) FROM Demarche d").getSingleResult()).longValue()
                + ((Number) em.createQuery("SELECT COUNT(m) FROM OutboundMessage m").getSingleResult()).longValue());
    }
}
