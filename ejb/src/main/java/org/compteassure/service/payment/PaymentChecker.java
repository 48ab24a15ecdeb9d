package org.compteassure.service.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.compteassure.persistence.account.Beneficiary;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.domain.Amounts;
import org.compteassure.persistence.domain.Check;
import org.compteassure.persistence.domain.Iban;
import org.compteassure.persistence.domain.Nir;
import org.compteassure.persistence.payment.DailyAllowance;
import org.compteassure.persistence.payment.Payment;
import org.compteassure.persistence.payment.PaymentKind;
import org.compteassure.persistence.payment.PaymentStatus;

/**
 * The rules a payment of the claims system must follow, for the API and the CSV import alike: {@link #parse} checks
 * the fields on their own, {@link #match} against the register and what is already stored. Each problem is a reason
 * in French, prefixed with the field's name, for the claims system's operators.
 */
public final class PaymentChecker {

    /** What NUMERIC(12,2) holds. */
    private static final BigDecimal AMOUNT_LIMIT = new BigDecimal("10000000000");
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9._/-]{1,40}");

    /** A payment whose fields are all well-formed, not yet matched with the register. */
    public record Parsed(String reference, Nir nir, String beneficiaryGivenNames, LocalDate beneficiaryBirthDate,
                         Payment.Details details, Payment.Settlement settlement) {
    }

    /** Either a parsed payment, or the reasons it was refused. */
    public record Outcome(Parsed parsed, List<String> reasons) {
        public boolean isValid() {
            return parsed != null;
        }
    }

    private PaymentChecker() {
    }

    /** Checks every field of the item; {@code today} is the fund's (Paris) date: nothing may happen after it. */
    public static Outcome parse(PaymentItem item, LocalDate today) {
        Reader r = new Reader(today);
        String reference = r.required("reference", item.reference());
        if (reference != null && !REFERENCE.matcher(reference).matches()) {
            r.problem("reference", "1 à 40 caractères parmi lettres, chiffres, point, tiret, barre oblique");
        }
        Nir nir = r.nir(item.nir());
        String childNames = r.text("beneficiaryGivenNames", item.beneficiaryGivenNames(), 100, false);
        LocalDate childBirth = r.date("beneficiaryBirthDate", item.beneficiaryBirthDate(), false);
        if ((childNames == null) != (item.beneficiaryBirthDate() == null || item.beneficiaryBirthDate().isBlank())) {
            r.problem("beneficiaryGivenNames", "le bénéficiaire se désigne par ses prénoms et sa date de naissance, "
                    + "les deux ou aucun");
        }
        PaymentKind kind = r.choice("kind", item.kind(), PaymentKind.class);
        LocalDate careDate = r.date("careDate", item.careDate(), true);
        String actLabel = r.text("actLabel", item.actLabel(), 100, true);
        String practitioner = r.text("practitioner", item.practitioner(), 100, false);
        BigDecimal amountSpent = r.amount("amountSpent", item.amountSpent(), false);
        BigDecimal base = r.amount("reimbursementBase", item.reimbursementBase(), false);
        Integer rate = r.integer("rate", item.rate(), 0, 100, false);
        BigDecimal amountPaid = r.amount("amountPaid", item.amountPaid(), true);
        BigDecimal forfait = r.amount("participationForfaitaire", item.participationForfaitaire(), false);
        BigDecimal franchise = r.amount("franchise", item.franchise(), false);
        PaymentStatus status = r.choice("status", item.status(), PaymentStatus.class);
        String reason = r.text("rejectionReason", item.rejectionReason(), 200, false);
        LocalDate paymentDate = r.date("paymentDate", item.paymentDate(), false);
        Iban iban = r.iban(item.iban());
        if (status == PaymentStatus.REJECTED && reason == null) {
            r.problem("rejectionReason", "obligatoire pour un paiement rejeté");
        }
        if (status != null && status != PaymentStatus.REJECTED && reason != null) {
            r.problem("rejectionReason", "seul un paiement rejeté a un motif de rejet");
        }
        if (status == PaymentStatus.PAID && paymentDate == null && r.fine("paymentDate")) {
            r.problem("paymentDate", "obligatoire pour un paiement payé");
        }
        if (status == PaymentStatus.PENDING && paymentDate != null) {
            r.problem("paymentDate", "un paiement en cours n'a pas encore de date de paiement");
        }
        DailyAllowance allowance = kind == PaymentKind.DAILY_ALLOWANCE
                ? allowance(r, item, careDate, amountPaid, childNames) : noAllowance(r, item);
        if (!r.reasons.isEmpty()) {
            return new Outcome(null, List.copyOf(r.reasons));
        }
        Payment.Details details = new Payment.Details(kind, careDate, actLabel, practitioner, amountSpent, base, rate,
                amountPaid, forfait, franchise, allowance);
        return new Outcome(new Parsed(reference, nir, childNames, childBirth, details,
                new Payment.Settlement(status, reason, paymentDate, iban)), List.of());
    }

    /** The IJ fields: a period that is over, its days, and amounts that add up to the net paid. */
    private static DailyAllowance allowance(Reader r, PaymentItem item, LocalDate careDate, BigDecimal net,
                                            String childNames) {
        LocalDate from = r.date("periodFrom", item.periodFrom(), true);
        LocalDate to = r.date("periodTo", item.periodTo(), true);
        Integer days = r.integer("days", item.days(), 1, 366, true);
        BigDecimal daily = r.amount("dailyGross", item.dailyGross(), true);
        BigDecimal gross = r.amount("grossTotal", item.grossTotal(), true);
        BigDecimal csgCrds = r.amount("csgCrds", item.csgCrds(), true);
        String employer = r.text("employer", item.employer(), 100, false);
        if (childNames != null) {
            r.problem("beneficiaryGivenNames", "une indemnité journalière est versée à l'assuré, pas à un bénéficiaire");
        }
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                r.problem("periodTo", "la fin de la période précède son début");
            } else if (days != null && days > ChronoUnit.DAYS.between(from, to) + 1) {
                r.problem("days", "plus de jours que la période n'en compte");
            }
            if (careDate != null && !careDate.equals(from)) {
                r.problem("careDate", "pour une indemnité journalière, c'est le premier jour de la période");
            }
        }
        if (days != null && daily != null && gross != null && daily.multiply(BigDecimal.valueOf(days)).compareTo(gross) != 0) {
            r.problem("grossTotal", "ne vaut pas dailyGross × days");
        }
        if (gross != null && csgCrds != null && net != null && gross.subtract(csgCrds).compareTo(net) != 0) {
            r.problem("amountPaid", "le net payé ne vaut pas grossTotal − csgCrds");
        }
        return r.reasons.isEmpty() ? new DailyAllowance(from, to, days, daily, gross, csgCrds, employer) : null;
    }

    private static DailyAllowance noAllowance(Reader r, PaymentItem item) {
        List<String> ijFields = List.of("periodFrom", "periodTo", "days", "dailyGross", "grossTotal", "csgCrds", "employer");
        List<String> values = java.util.Arrays.asList(item.periodFrom(), item.periodTo(), item.days(), item.dailyGross(),
                item.grossTotal(), item.csgCrds(), item.employer());
        for (int i = 0; i < ijFields.size(); i++) {
            if (values.get(i) != null && !values.get(i).isBlank()) {
                r.problem(ijFields.get(i), "réservé aux indemnités journalières");
            }
        }
        return null;
    }

    /** The beneficiary the payment names, among the person's; null when it names none. */
    public record Match(InsuredPerson person, Beneficiary beneficiary, List<String> reasons) {
    }

    /**
     * Checks a parsed payment against the register and the stored payment of the same reference, if any: the person
     * is known, the beneficiary is one of theirs, and a stored payment only moves forward in status with the same
     * details.
     *
     * @param children the person's children, their own and those they are the second parent of (may be left empty
     *                 when the payment names none)
     */
    public static Match match(Parsed p, InsuredPerson person, List<Beneficiary> children, Payment stored) {
        if (person == null) {
            return new Match(null, null, List.of("nir : aucun assuré de ce numéro dans le registre"));
        }
        Beneficiary child = null;
        if (p.beneficiaryGivenNames() != null) {
            child = children.stream()
                    .filter(b -> b.getGivenNames().equalsIgnoreCase(p.beneficiaryGivenNames())
                            && b.getBirthDate().equals(p.beneficiaryBirthDate()))
                    .findFirst().orElse(null);
            if (child == null) {
                return new Match(person, null, List.of("beneficiaryGivenNames : aucun bénéficiaire de ces prénoms et "
                        + "date de naissance pour cet assuré"));
            }
        }
        if (stored != null) {
            if (stored.getInsuredPerson() != person || stored.getBeneficiary() != child
                    || !stored.details().equals(p.details())) {
                return new Match(person, child, List.of("reference : ce paiement est déjà enregistré avec d'autres "
                        + "données ; seuls son statut, sa date de paiement et son IBAN peuvent changer"));
            }
            if (!stored.getStatus().mayBecome(p.settlement().status())) {
                return new Match(person, child, List.of("status : un paiement " + label(stored.getStatus())
                        + " ne peut plus devenir " + label(p.settlement().status())));
            }
        }
        return new Match(person, child, List.of());
    }

    private static String label(PaymentStatus status) {
        return switch (status) {
            case PENDING -> "en cours";
            case PAID -> "payé";
            case REJECTED -> "rejeté";
        };
    }

    /** Reads fields one by one, collecting a reason for each one that is wrong. */
    private static final class Reader {

        private final LocalDate today;
        private final List<String> reasons = new ArrayList<>();
        private final List<String> wrongFields = new ArrayList<>();

        Reader(LocalDate today) {
            this.today = today;
        }

        void problem(String field, String reason) {
            wrongFields.add(field);
            reasons.add(field + " : " + reason);
        }

        boolean fine(String field) {
            return !wrongFields.contains(field);
        }

        /** The stripped value, or null when absent or blank. */
        private static String value(String raw) {
            return raw == null || raw.isBlank() ? null : raw.strip();
        }

        String required(String field, String raw) {
            String v = value(raw);
            if (v == null) {
                problem(field, "obligatoire");
            }
            return v;
        }

        String text(String field, String raw, int max, boolean required) {
            String v = required ? required(field, raw) : value(raw);
            if (v != null && v.length() > max) {
                problem(field, "au plus " + max + " caractères (" + v.length() + " reçus)");
                return null;
            }
            if (v != null && v.chars().anyMatch(Character::isISOControl)) {
                problem(field, "caractères de contrôle interdits");
                return null;
            }
            return v;
        }

        Nir nir(String raw) {
            String v = required("nir", raw);
            if (v == null) {
                return null;
            }
            Check<Nir, Nir.Problem> nir = Nir.check(v, false);
            if (!nir.isValid()) {
                problem("nir", "numéro de sécurité sociale invalide (13 chiffres, ou 15 avec une clé juste)");
                return null;
            }
            return nir.value();
        }

        Iban iban(String raw) {
            String v = value(raw);
            if (v == null) {
                return null;
            }
            Check<Iban, Iban.Problem> iban = Iban.check(v.length() > 50 ? v.substring(0, 50) : v);
            if (v.length() > 50 || !iban.isValid()) {
                problem("iban", "IBAN invalide");
                return null;
            }
            return iban.value();
        }

        LocalDate date(String field, String raw, boolean required) {
            String v = required ? required(field, raw) : value(raw);
            if (v == null) {
                return null;
            }
            try {
                LocalDate date = LocalDate.parse(v.length() > 10 ? "x" : v);
                if (date.isAfter(today)) {
                    problem(field, "date dans le futur (" + v + ")");
                    return null;
                }
                if (date.getYear() < 1900) {
                    problem(field, "date antérieure à 1900");
                    return null;
                }
                return date;
            } catch (DateTimeParseException e) {
                problem(field, "date attendue au format AAAA-MM-JJ");
                return null;
            }
        }

        BigDecimal amount(String field, String raw, boolean required) {
            String v = required ? required(field, raw) : value(raw);
            if (v == null) {
                return null;
            }
            BigDecimal amount;
            try {
                amount = v.length() > 20 || v.contains(",") ? null : Amounts.euros(v);
            } catch (IllegalArgumentException e) {
                amount = null;
            }
            if (amount == null) {
                problem(field, "montant attendu en euros avec un point et au plus 2 décimales (12.50)");
            } else if (amount.signum() < 0) {
                problem(field, "montant négatif");
                amount = null;
            } else if (amount.compareTo(AMOUNT_LIMIT) >= 0) {
                problem(field, "montant trop grand");
                amount = null;
            }
            return amount;
        }

        Integer integer(String field, String raw, int min, int max, boolean required) {
            String v = required ? required(field, raw) : value(raw);
            if (v == null) {
                return null;
            }
            try {
                int n = Integer.parseInt(v.length() > 6 ? "x" : v);
                if (n >= min && n <= max) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problem(field, "nombre entier de " + min + " à " + max + " attendu");
            return null;
        }

        <E extends Enum<E>> E choice(String field, String raw, Class<E> type) {
            String v = required(field, raw);
            if (v == null) {
                return null;
            }
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(v)) {
                    return e;
                }
            }
            problem(field, "valeur attendue parmi " + String.join(", ",
                    java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
            return null;
        }
    }

    static String joined(List<String> reasons) {
        return String.join(" ; ", Objects.requireNonNull(reasons));
    }
}
