package org.compteassure.it.support;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.compteassure.persistence.account.AccountQueries;
import org.compteassure.persistence.account.Account;
import org.compteassure.persistence.account.Beneficiary;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.account.InsuredPerson.Sex;
import org.compteassure.persistence.account.PostalAddress;
import org.compteassure.persistence.account.Rights;
import org.compteassure.persistence.domain.Iban;
import org.compteassure.persistence.domain.Nir;
import org.compteassure.persistence.payment.Payment;
import org.compteassure.persistence.security.FactorOwner;
import org.compteassure.persistence.security.StaffMember;
import org.compteassure.persistence.security.TotpFactor;
import org.compteassure.service.account.RegisterEntry;
import org.compteassure.service.account.RegisterService;
import org.compteassure.service.code.SecretHasher;
import org.compteassure.service.messaging.AdviserDeskService;
import org.compteassure.service.security.FactorCipher;

/**
 * Test deployments only (added to web.war): lets client-side tests arrange what the claims system and the
 * administrators would (a person in the register, a staff account) and move the application's clock.
 * POST /test-support/person, /account-without-email, /staff, /staff-disabled, /clock, /clock-reset, /forget-failures,
 * /add-failures, /child (answers the child's id), /payment, /staff-totp (the staff member's authenticator becomes
 * {@link #STAFF_TOTP_SEED}, never used); GET /test-support/count, /details, /payment-id, /scan?value=…, /now (the application's
 * clock, epoch seconds: what TOTP codes are computed against).
 */
@WebServlet("/test-support/*")
public class TestSupport extends HttpServlet {

    private static final List<String> COUNTED = List.of("insured_person", "account", "one_time_code", "outbound_mail",
            "postal_letter", "staff_member", "beneficiary", "issued_document", "card_order", "profile_change",
            "vitale_loss", "payment", "payment_import_rejection", "totp_factor", "recovery_code", "passkey",
            "notice_preference", "paperless_consent");

    /** The TOTP seed /staff-totp gives a staff member, so that tests log staff in with a code they compute. */
    public static final String STAFF_TOTP_SEED = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @EJB
    private RegisterService register;

    @EJB
    private AdviserDeskService desk;

    @Inject
    private Transactions tx;

    @Inject
    private SecretHasher hasher;

    @Inject
    private TestClock clock;

    @Resource(lookup = "java:jboss/datasources/CompteAssureDS")
    private DataSource dataSource;

    @Inject
    private FactorCipher cipher;

    /**
     * GET /test-support/count: rows that tests check were not written by refused input; GET
     * /test-support/details?nir=…: a person's stored phone, e-mail and IBAN, and their children (own or as second
     * parent) with each child's first parent.
     */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("/details".equals(request.getPathInfo())) {
            String details = tx.call(em -> {
                InsuredPerson person = AccountQueries.person(em, Nir.parse(request.getParameter("nir"), false))
                        .orElseThrow();
                return "phone=" + person.getPhone() + "\nemail=" + person.getEmail() + "\niban="
                        + (person.getIban() == null ? null : person.getIban().value()) + "\npendingIban="
                        + (person.getPendingIban() == null ? null : person.getPendingIban().value()) + "\nrights="
                        + (person.getRights() == null ? null : String.join("/", person.getRights().getRegime(),
                        person.getRights().getFundCode(), person.getRights().getFundName(),
                        String.valueOf(person.getRights().getStart()), String.valueOf(person.getRights().getEnd())))
                        + "\nchildren="
                        + em.createNamedQuery("Beneficiary.findListedForParent", Beneficiary.class)
                        .setParameter("person", person).getResultStream()
                        .map(child -> child.getGivenNames() + "/" + child.getInsuredPerson().getNir().value())
                        .collect(Collectors.joining(",")) + "\ntotp=" + em.createNativeQuery(
                                "SELECT secret_cipher FROM totp_factor WHERE account_id = ?1")
                        .setParameter(1, AccountQueries.account(em, person.getNir()).map(Account::getId).orElse(-1L))
                        .getResultStream().findFirst().orElse(null) + "\n";
            });
            response.setContentType("text/plain");
            response.getWriter().write(details);
            return;
        }
        if ("/scan".equals(request.getPathInfo())) {
            response.setContentType("text/plain");
            response.getWriter().write(String.join("\n", holding(request.getParameter("value"))));
            return;
        }
        if ("/now".equals(request.getPathInfo())) {
            response.setContentType("text/plain");
            response.getWriter().write(String.valueOf(clock.clock().instant().getEpochSecond()));
            return;
        }
        if ("/payment-id".equals(request.getPathInfo())) {
            response.setContentType("text/plain");
            Long id = tx.call(em -> em.createNamedQuery("Payment.findByReference", Payment.class)
                    .setParameter("reference", request.getParameter("reference")).getSingleResult().getId());
            response.getWriter().write(String.valueOf(id));
            return;
        }
        String counts = tx.call(em -> COUNTED.stream()
                .map(table -> table + "=" + em.createNativeQuery("SELECT COUNT(*) FROM " + table).getSingleResult())
                .collect(Collectors.joining("\n")));
        response.setContentType("text/plain");
        response.getWriter().write(counts);
    }

    /** Rights as a register would send them, open-ended, unless the caller asks for none ({@code rights=none}). */
    private static Rights rights(HttpServletRequest request) {
        return "none".equals(request.getParameter("rights")) ? null
                : new Rights("GENERAL", "751", "CPAM de Paris", LocalDate.of(2010, 1, 1), null, null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (request.getPathInfo()) {
            case "/person" -> Callers.asClaimsSystem(
                    () -> register.upsert(Nir.parse(request.getParameter("nir"), false), new RegisterEntry(
                    request.getParameter("familyName"), request.getParameter("givenNames"),
                    LocalDate.parse(request.getParameter("birthDate")), Sex.FEMALE,
                    new PostalAddress("4 RUE DES TESTS", null, "75014", "PARIS", "FRANCE"),
                    Iban.parse(request.getParameter("iban")), request.getParameter("vitale"),
                    request.getParameter("email"), List.of(), rights(request))));
            case "/account-without-email" -> tx.run(em -> {
                InsuredPerson person = AccountQueries.person(em, Nir.parse(request.getParameter("nir"), false)).orElseThrow();
                Account account = new Account(person, null, Instant.now());
                account.setDefinitiveCode(hasher.hash(request.getParameter("code").toCharArray()), Instant.now());
                em.persist(account);
            });
            case "/child" -> {
                long id = tx.call(em -> {
                    InsuredPerson parent = AccountQueries.person(em, Nir.parse(request.getParameter("nir"), false))
                            .orElseThrow();
                    Beneficiary child = parent.addBeneficiary(request.getParameter("familyName"),
                            request.getParameter("givenNames"), LocalDate.parse(request.getParameter("birthDate")));
                    child.setRights(rights(request));
                    em.flush();
                    return child.getId();
                });
                response.setContentType("text/plain");
                response.getWriter().write(String.valueOf(id));
                return;
            }
            case "/staff" -> tx.run(em -> em.persist(new StaffMember(request.getParameter("username"),
                    request.getParameter("displayName") == null ? "Test" : request.getParameter("displayName"),
                    hasher.hash(request.getParameter("password").toCharArray()), Set.of(request.getParameter("role")))));
            case "/staff-disabled" -> tx.run(em -> em.createNativeQuery(
                            "UPDATE staff_member SET enabled = FALSE WHERE username = ?")
                    .setParameter(1, request.getParameter("username")).executeUpdate());
            case "/staff-totp" -> tx.run(em -> {
                FactorOwner owner = FactorOwner.staff(em.createNamedQuery("StaffMember.findByUsername", StaffMember.class)
                        .setParameter("username", request.getParameter("username")).getSingleResult().getId());
                em.createNativeQuery("DELETE FROM totp_factor WHERE staff_member_id = ?1").setParameter(1, owner.id())
                        .executeUpdate();
                TotpFactor factor = new TotpFactor(owner, cipher.encrypt(STAFF_TOTP_SEED, owner), Instant.now());
                factor.confirm(0);
                em.persist(factor);
            });
            case "/clock" -> clock.advance(Duration.ofSeconds(Long.parseLong(request.getParameter("seconds"))));
            case "/clock-reset" -> clock.reset();
            case "/forget-failures" -> tx.run(em -> em.createNativeQuery("DELETE FROM client_failures").executeUpdate());
            case "/add-failures" -> tx.run(em -> em.createNativeQuery(
                            "UPDATE client_failures SET failures = failures + ?")
                    .setParameter(1, Integer.parseInt(request.getParameter("count"))).executeUpdate());
            case "/payment" -> tx.run(em -> TestPayments.persist(em, request::getParameter));
            case "/reply" -> Callers.asAdviser("conseil-support", () -> {
                long thread = Long.parseLong(request.getParameter("thread"));
                desk.take(thread);
                desk.reply(thread, request.getParameter("text"), List.of());
            });
            default -> {
                response.sendError(404);
                return;
            }
        }
        response.setStatus(204);
    }

    /**
     * Every {@code table.column} of text, in the application's schema, that holds this value as a whole word (a
     * digit code inside a longer number, an IBAN say, does not count): proof that no secret stayed at rest in clear.
     */
    private List<String> holding(String value) {
        Pattern word = Pattern.compile("(?<![0-9A-Za-z_-])" + Pattern.quote(value) + "(?![0-9A-Za-z_-])");
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rs = meta.getColumns(null, connection.getSchema(), "%", "%")) {
                while (rs.next()) {
                    int type = rs.getInt("DATA_TYPE");
                    if (type == Types.VARCHAR || type == Types.CHAR || type == Types.CLOB || type == Types.LONGVARCHAR
                            || type == Types.NVARCHAR) {
                        columns.add(new String[] {rs.getString("TABLE_NAME"), rs.getString("COLUMN_NAME")});
                    }
                }
            }
            String q = meta.getIdentifierQuoteString();
            for (String[] column : columns) {
                String name = q + column[1] + q;
                try (PreparedStatement query = connection.prepareStatement("SELECT " + name + " FROM " + q + column[0] + q
                        + " WHERE " + name + " LIKE ?")) {
                    query.setString(1, "%" + value + "%");
                    try (ResultSet rs = query.executeQuery()) {
                        while (rs.next()) {
                            if (word.matcher(rs.getString(1)).find()) {
                                found.add(column[0] + "." + column[1]);
                            }
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }
}
