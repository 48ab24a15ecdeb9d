package org.compteassure.persistence.payment;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.compteassure.persistence.domain.IbanConverter;
import org.eclipse.persistence.sessions.Session;

/**
 * Inserts new payments by JDBC batches on the transaction's own connection, outside the persistence context: the
 * feed and the import write thousands per transaction, and EclipseLink's building of each row and of its batch was
 * half of an import's time. Ids come from the entity's sequence through EclipseLink's own allocation, so that they
 * never collide with ids it hands out; the payments are not managed afterwards (query them).
 * <p>
 * {@link #COLUMNS} is the one list of the table's columns here; a test compares it with the entity's mapping, so
 * that a migration that adds a column to both cannot leave it out of this insert.
 */
public final class PaymentWriter {

    /** A column of {@code payment}, its JDBC type, and how a new payment's value for it is read. */
    public record Column(String name, int type, Function<Payment, Object> value) {
    }

    private static final IbanConverter IBAN = new IbanConverter();

    public static final List<Column> COLUMNS = List.of(
            new Column("id", Types.BIGINT, Payment::getId),
            new Column("version", Types.BIGINT, Payment::version),
            new Column("reference", Types.VARCHAR, Payment::getReference),
            new Column("insured_person_id", Types.BIGINT, p -> p.getInsuredPerson().getId()),
            new Column("beneficiary_id", Types.BIGINT, p -> p.getBeneficiary() == null ? null : p.getBeneficiary().getId()),
            new Column("kind", Types.VARCHAR, p -> p.getKind().name()),
            new Column("care_date", Types.DATE, Payment::getCareDate),
            new Column("act_label", Types.VARCHAR, Payment::getActLabel),
            new Column("practitioner", Types.VARCHAR, Payment::getPractitioner),
            new Column("amount_spent", Types.NUMERIC, Payment::getAmountSpent),
            new Column("reimbursement_base", Types.NUMERIC, Payment::getReimbursementBase),
            new Column("rate", Types.INTEGER, Payment::getRate),
            new Column("amount_paid", Types.NUMERIC, Payment::getAmountPaid),
            new Column("participation_forfaitaire", Types.NUMERIC, Payment::getParticipationForfaitaire),
            new Column("franchise", Types.NUMERIC, Payment::getFranchise),
            new Column("status", Types.VARCHAR, p -> p.getStatus().name()),
            new Column("rejection_reason", Types.VARCHAR, Payment::getRejectionReason),
            new Column("payment_date", Types.DATE, Payment::getPaymentDate),
            new Column("paid_to_iban", Types.VARCHAR, p -> IBAN.convertToDatabaseColumn(p.getPaidTo())),
            new Column("period_from", Types.DATE, allowance(DailyAllowance::getPeriodFrom)),
            new Column("period_to", Types.DATE, allowance(DailyAllowance::getPeriodTo)),
            new Column("days", Types.INTEGER, allowance(DailyAllowance::getDays)),
            new Column("daily_gross", Types.NUMERIC, allowance(DailyAllowance::getDailyGross)),
            new Column("gross_total", Types.NUMERIC, allowance(DailyAllowance::getGrossTotal)),
            new Column("csg_crds", Types.NUMERIC, allowance(DailyAllowance::getCsgCrds)),
            new Column("employer", Types.VARCHAR, allowance(DailyAllowance::getEmployer)),
            new Column("received_at", Types.TIMESTAMP_WITH_TIMEZONE,
                    p -> OffsetDateTime.ofInstant(p.getReceivedAt(), ZoneOffset.UTC)));

    private static final int BATCH = 500;

    private static final String INSERT = "INSERT INTO payment ("
            + COLUMNS.stream().map(Column::name).collect(Collectors.joining(", ")) + ") VALUES ("
            + COLUMNS.stream().map(column -> "?").collect(Collectors.joining(", ")) + ")";

    private PaymentWriter() {
    }

    private static Function<Payment, Object> allowance(Function<DailyAllowance, Object> field) {
        return p -> p.getDailyAllowance() == null ? null : field.apply(p.getDailyAllowance());
    }

    /** Writes these new payments in the caller's transaction. */
    public static void insert(EntityManager em, List<Payment> payments) {
        if (payments.isEmpty()) {
            return;
        }
        Session session = em.unwrap(Session.class);
        try (PreparedStatement insert = em.unwrap(Connection.class).prepareStatement(INSERT)) {
            int pending = 0;
            for (Payment payment : payments) {
                payment.inserted(session.getNextSequenceNumberValue(Payment.class).longValue());
                bind(insert, payment);
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new PersistenceException("Cannot insert " + payments.size() + " payments", e);
        }
    }

    private static void bind(PreparedStatement insert, Payment payment) throws SQLException {
        for (int i = 0; i < COLUMNS.size(); i++) {
            Column column = COLUMNS.get(i);
            Object value = column.value().apply(payment);
            if (value == null) {
                insert.setNull(i + 1, column.type());
            } else {
                insert.setObject(i + 1, value);
            }
        }
    }
}
