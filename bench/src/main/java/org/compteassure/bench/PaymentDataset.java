package org.compteassure.bench;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Fills a PostgreSQL database (schema already made by the application's Flyway migrations) with generated insured
 * people, their accounts and payments over the last 27 months, for the payments-page benchmark (docs/benchmarks.md).
 * <p>
 * Everything is written by {@code INSERT … SELECT … FROM generate_series} inside PostgreSQL: no row crosses the
 * network. The payment table's indexes and unique constraints are dropped first and rebuilt at the end (much faster
 * than maintaining them row by row), foreign keys are not checked during the load (session_replication_role =
 * replica: the generated rows are consistent by construction), then the tables are analysed.
 * <p>
 * People: NIR {@code 18001 99 nnnnnn} (n = 0 … people−1: men born in January 1980 abroad), no e-mail address (so no
 * second login step), active accounts sharing one PBKDF2 hash of {@code bench.code}, in the application's format.
 * Every third person has a child. Payments are spread evenly: payment n belongs to person n mod people, its care date
 * spread over the window; the last 15 days are pending, about 3 % are rejected, 2 % are daily allowances.
 * <p>
 * Options (-Dbench.NAME): db (JDBC URL), user, password, people (1000000), payments (20 per person), code, threads (2).
 */
public final class PaymentDataset {

    static final String NIR_PREFIX = "1800199";
    static final long PERSON_ID_BASE = 100_000_000L;
    static final long PAYMENT_ID_BASE = 1_000_000_000L;
    static final String DEFAULT_CODE = "Banc-Essai-Paiements-42";
    /** The months lists show (PaymentService.MONTHS) and the payments each person gets over them. */
    static final int MONTHS = 27;
    static final int PAYMENTS_PER_PERSON = 20;
    private static final String EMAIL_PREFIX = "banc.";
    private static final String EMAIL_DOMAIN = "@exemple.fr";

    private PaymentDataset() {
    }

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("bench.db", "jdbc:postgresql://127.0.0.1:5432/compte_assure");
        String user = System.getProperty("bench.user", "postgres");
        String password = System.getProperty("bench.password", "postgres");
        long people = Long.getLong("bench.people", 1_000_000L);
        long payments = Long.getLong("bench.payments", people * PAYMENTS_PER_PERSON);
        int threads = Integer.getInteger("bench.threads", 2);
        String code = System.getProperty("bench.code", DEFAULT_CODE);
        if (people > 1_000_000) {
            throw new IllegalArgumentException("At most 1 000 000 people (6 digits of NIR order)");
        }
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        LocalDate start = YearMonth.from(today).minusMonths(MONTHS - 1).atDay(1);
        long windowDays = today.toEpochDay() - start.toEpochDay() + 1;
        long began = System.nanoTime();

        System.out.printf("Schema at version %s (the application's Flyway migrations)%n",
                Schema.migrate(url, user, password));
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            db.setAutoCommit(true);
            Schema.requireColumns(db, Map.of("insured_person", List.copyOf(people().keySet()),
                    "beneficiary", List.copyOf(children().keySet()), "account", List.copyOf(accounts("").keySet()),
                    "payment", List.copyOf(payments(1, today).keySet())));
            try (Statement sql = db.createStatement()) {
                if (count(sql, "SELECT COUNT(*) FROM insured_person WHERE id >= " + PERSON_ID_BASE) > 0) {
                    throw new IllegalStateException("This database already holds generated people: use an empty one");
                }
                String hash = pbkdf2(code);
                System.out.printf("Generating %,d people and %,d payments (%s to %s) into %s%n", people, payments,
                        start, today, url);
                sql.execute("SET session_replication_role = replica");
                exec(sql, "people", insert("insured_person", people(), "generate_series(0, " + (people - 1) + ") i"));
                exec(sql, "children", insert("beneficiary", children(),
                        "generate_series(0, " + (people - 1) + ", 3) i"));
                exec(sql, "accounts", insert("account", accounts(hash), "generate_series(0, " + (people - 1) + ") i"));

                List<String> rebuild = dropPaymentIndexes(sql);
                long chunks = Math.max(threads, (payments + 999_999) / 1_000_000);
                ExecutorService pool = Executors.newFixedThreadPool(threads);
                List<Future<?>> loads = new ArrayList<>();
                for (long chunk = 0; chunk < chunks; chunk++) {
                    long first = payments * chunk / chunks;
                    long last = payments * (chunk + 1) / chunks - 1;
                    loads.add(pool.submit(() -> {
                        try (Connection own = DriverManager.getConnection(url, user, password);
                             Statement load = own.createStatement()) {
                            load.execute("SET session_replication_role = replica");
                            exec(load, "payments " + first + "–" + last, paymentsSql(first, last, people, start,
                                    windowDays, today));
                        }
                        return null;
                    }));
                }
                try {
                    for (Future<?> load : loads) {
                        load.get();
                    }
                } finally {
                    pool.shutdownNow();
                    // Rebuilt even after a failure: the table must never stay without its indexes.
                    sql.execute("SET maintenance_work_mem = '1GB'");
                    for (String statement : rebuild) {
                        exec(sql, "index", statement);
                    }
                }
                for (String sequence : List.of("insured_person_seq", "beneficiary_seq", "account_seq", "payment_seq")) {
                    String table = sequence.substring(0, sequence.length() - 4);
                    sql.execute("SELECT setval('" + sequence + "', (SELECT COALESCE(MAX(id), 0) + 1000 FROM " + table + "))");
                }
                exec(sql, "analyse", "ANALYZE insured_person, beneficiary, account, payment");
            }
        }
        System.out.printf("Done in %.1f s. Log in with NIR %s000000 … %s%06d and code %s%n",
                (System.nanoTime() - began) / 1e9, NIR_PREFIX, NIR_PREFIX, people - 1, code);
    }

    /** Each generated table's columns and their values, as SQL over {@code i}, the person's order (0 … people−1). */
    private static Map<String, String> people() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("id", PERSON_ID_BASE + " + i");
        c.put("version", "1");
        c.put("nir", "'" + NIR_PREFIX + "' || lpad(i::text, 6, '0')");
        c.put("family_name", "'BANC'");
        c.put("given_names", "'Personne ' || i");
        c.put("birth_date", "DATE '1980-01-15'");
        c.put("sex", "'MALE'");
        c.put("address_line1", "'1 RUE DU BANC'");
        c.put("address_line2", "NULL");
        c.put("postal_code", "'75001'");
        c.put("city", "'PARIS'");
        c.put("country", "'FRANCE'");
        c.put("iban", "'FR7630006000011234567890189'");
        c.put("vitale_serial", "'10' || lpad(i::text, 6, '0')");
        c.put("email", "NULL");
        c.put("phone", "NULL");
        c.put("iban_holder", "NULL");
        c.put("notify_payments", "TRUE");
        c.put("notify_documents", "TRUE");
        for (String pending : List.of("iban", "iban_holder", "address_line1", "address_line2", "postal_code", "city",
                "country")) {
            c.put("pending_" + pending, "NULL");
        }
        rights(c);
        return c;
    }

    /** Everyone is covered by the general regime since 2020 with no end, as the register would say. */
    private static void rights(Map<String, String> c) {
        c.put("rights_regime", "'Régime général'");
        c.put("rights_fund_code", "'751'");
        c.put("rights_fund_name", "'CPAM de Paris'");
        c.put("rights_start", "DATE '2020-01-01'");
        c.put("rights_end", "NULL");
        c.put("rights_doctor", "NULL");
    }

    private static Map<String, String> children() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("id", PERSON_ID_BASE + " + i");
        c.put("insured_person_id", PERSON_ID_BASE + " + i");
        c.put("family_name", "'BANC'");
        c.put("given_names", "'Enfant ' || i");
        c.put("birth_date", "DATE '2016-06-01'");
        c.put("listed", "TRUE");
        c.put("second_parent_id", "NULL");
        c.put("pending_second_parent_id", "NULL");
        c.put("second_parent_demarche", "NULL");
        rights(c);
        return c;
    }

    /** Odd orders have an e-mail address ({@link #email}), so their login has the e-mailed second step. */
    private static Map<String, String> accounts(String hash) {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("id", PERSON_ID_BASE + " + i");
        c.put("version", "1");
        c.put("insured_person_id", PERSON_ID_BASE + " + i");
        c.put("status", "'ACTIVE'");
        c.put("email", "CASE WHEN i % 2 = 1 THEN '" + EMAIL_PREFIX + "' || i || '" + EMAIL_DOMAIN + "' END");
        c.put("code_hash", "'" + hash + "'");
        c.put("created_at", "now()");
        c.put("code_changed_at", "now()");
        c.put("consecutive_failures", "0");
        c.put("blocked", "FALSE");
        c.put("locked_until", "NULL");
        c.put("closed_at", "NULL");
        c.put("franceconnect_sub", "NULL");
        c.put("previous_code_hash", "NULL");
        c.put("mail_language", "NULL");
        return c;
    }

    static String nir(long order) {
        return NIR_PREFIX + String.format("%06d", order);
    }

    /** A generated person's e-mail address (odd orders only). */
    static String email(long order) {
        if (order % 2 == 0) {
            throw new IllegalArgumentException("Even orders have no e-mail address (no second login step)");
        }
        return EMAIL_PREFIX + order + EMAIL_DOMAIN;
    }

    /**
     * Payment n (over {@code generate_series … n}) belongs to the person of order n mod people, so that person's
     * k-th payment is n = order + k·people, id {@link #PAYMENT_ID_BASE} + n; its care date is spread over the window.
     */
    private static Map<String, String> payments(long people, LocalDate today) {
        String pending = "c.care > DATE '" + today.minusDays(15) + "'";
        String ij = "n % 50 = 7";
        String paid = "NOT (" + pending + ") AND n % 33 <> 5";
        Map<String, String> c = new LinkedHashMap<>();
        c.put("id", PAYMENT_ID_BASE + " + n");
        c.put("version", "1");
        c.put("reference", "'BANC-' || n");
        c.put("insured_person_id", PERSON_ID_BASE + " + n % " + people);
        c.put("beneficiary_id", "CASE WHEN (n % " + people + ") % 3 = 0 AND (n / " + people
                + ") % 2 = 1 AND NOT (" + ij + ") THEN " + PERSON_ID_BASE + " + n % " + people + " END");
        c.put("kind", "CASE WHEN " + ij + " THEN 'DAILY_ALLOWANCE' ELSE 'REIMBURSEMENT' END");
        c.put("care_date", "c.care");
        c.put("act_label", "CASE WHEN " + ij + " THEN 'Indemnités journalières maladie' ELSE (ARRAY['Consultation "
                + "médecin généraliste', 'Pharmacie', 'Analyses de biologie', 'Kinésithérapie', 'Radiologie'])"
                + "[(1 + n % 5)::int] END");
        c.put("practitioner", "CASE WHEN " + ij + " THEN NULL ELSE 'Dr Banc ' || (n % 997) END");
        c.put("amount_spent", "CASE WHEN " + ij + " THEN NULL ELSE a.spent END");
        c.put("reimbursement_base", "CASE WHEN " + ij + " THEN NULL ELSE a.spent END");
        c.put("rate", "CASE WHEN " + ij + " THEN NULL ELSE 70 END");
        c.put("amount_paid", "CASE WHEN " + ij + " THEN 540.42 ELSE round(a.spent * 0.7, 2) - 2 END");
        c.put("participation_forfaitaire", "CASE WHEN " + ij + " THEN 0 ELSE 2 END");
        c.put("franchise", "0");
        c.put("status", "CASE WHEN " + pending + " THEN 'PENDING' WHEN n % 33 = 5 THEN 'REJECTED' ELSE 'PAID' END");
        c.put("rejection_reason", "CASE WHEN NOT (" + pending + ") AND n % 33 = 5 THEN 'Prescription absente' END");
        c.put("payment_date", "CASE WHEN " + paid + " THEN c.care + 5 END");
        c.put("paid_to_iban", "CASE WHEN " + paid + " THEN 'FR7630006000011234567890189' END");
        c.put("period_from", "CASE WHEN " + ij + " THEN c.care END");
        c.put("period_to", "CASE WHEN " + ij + " THEN c.care + 13 END");
        c.put("days", "CASE WHEN " + ij + " THEN 14 END");
        c.put("daily_gross", "CASE WHEN " + ij + " THEN 41.47 END");
        c.put("gross_total", "CASE WHEN " + ij + " THEN 580.58 END");
        c.put("csg_crds", "CASE WHEN " + ij + " THEN 40.16 END");
        c.put("employer", "CASE WHEN " + ij + " THEN 'Employeur du banc' END");
        c.put("received_at", "now()");
        return c;
    }

    /** One range of payments, computed inside PostgreSQL. k = n / people is the person's k-th payment. */
    private static String paymentsSql(long first, long last, long people, LocalDate start, long windowDays,
                                      LocalDate today) {
        String care = "(DATE '" + start + "' + (((n / " + people + ") * 41 + (n % " + people + ") * 13) % "
                + windowDays + ")::int)";
        return insert("payment", payments(people, today), "generate_series(" + first
                + "::bigint, " + last + "::bigint) n, LATERAL (SELECT " + care + " AS care) c, "
                + "LATERAL (SELECT (10 + (n * 7919) % 9000 / 100.0)::numeric(12,2) AS spent) a");
    }

    private static String insert(String table, Map<String, String> columns, String from) {
        return "INSERT INTO " + table + " (" + String.join(", ", columns.keySet()) + ") SELECT "
                + String.join(", ", columns.values()) + " FROM " + from;
    }

    /**
     * Drops the payment table's indexes and unique/primary constraints, and the foreign keys of other tables that
     * lean on its primary key (payment_report); returns the statements that rebuild them, those foreign keys last.
     */
    private static List<String> dropPaymentIndexes(Statement sql) throws SQLException {
        List<String> rebuild = new ArrayList<>();
        List<String> drop = new ArrayList<>();
        List<String> references = new ArrayList<>();
        try (ResultSet keys = sql.executeQuery("SELECT conrelid::regclass, conname, pg_get_constraintdef(oid) "
                + "FROM pg_constraint WHERE confrelid = 'payment'::regclass AND contype = 'f'")) {
            while (keys.next()) {
                drop.add("ALTER TABLE " + keys.getString(1) + " DROP CONSTRAINT " + keys.getString(2));
                references.add("ALTER TABLE " + keys.getString(1) + " ADD CONSTRAINT " + keys.getString(2) + " "
                        + keys.getString(3));
            }
        }
        try (ResultSet constraints = sql.executeQuery("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
                + "WHERE conrelid = 'payment'::regclass AND contype IN ('p', 'u')")) {
            while (constraints.next()) {
                drop.add("ALTER TABLE payment DROP CONSTRAINT " + constraints.getString(1));
                rebuild.add("ALTER TABLE payment ADD CONSTRAINT " + constraints.getString(1) + " " + constraints.getString(2));
            }
        }
        try (ResultSet indexes = sql.executeQuery("SELECT i.indexname, i.indexdef FROM pg_indexes i "
                + "WHERE i.tablename = 'payment' AND NOT EXISTS (SELECT 1 FROM pg_constraint c "
                + "WHERE c.conname = i.indexname)")) {
            while (indexes.next()) {
                drop.add("DROP INDEX " + indexes.getString(1));
                rebuild.add(indexes.getString(2));
            }
        }
        rebuild.addAll(references);
        for (String statement : drop) {
            sql.execute(statement);
        }
        return rebuild;
    }

    private static void exec(Statement sql, String what, String statement) throws SQLException {
        long began = System.nanoTime();
        int rows = sql.executeUpdate(statement);
        System.out.printf("  %-32s %,12d rows %8.1f s%n", what, rows, (System.nanoTime() - began) / 1e9);
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** The application's format (Jakarta Security's Pbkdf2PasswordHash): algorithm:iterations:salt:hash, Base64. */
    static String pbkdf2(String code) throws Exception {
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        int iterations = 600_000;
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(code.toCharArray(), salt, iterations, 256)).getEncoded();
        return "PBKDF2WithHmacSHA256:" + iterations + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(hash);
    }
}
