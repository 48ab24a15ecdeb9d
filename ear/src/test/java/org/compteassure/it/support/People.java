package org.compteassure.it.support;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/** Fresh, valid people for the register, so that no two tests share one (and no test needs the demo data). */
public final class People {

    /**
     * In-container tests make people in the server's JVM, client tests in failsafe's: two sequences, kept 9 000 apart
     * so that their names never meet (FranceConnect finds a person by name and birth, and two matches refuse).
     */
    private static final AtomicInteger SEQUENCE = new AtomicInteger(
            (System.getProperty("jboss.server.base.dir") != null ? 9000 : 0) + (int) (System.currentTimeMillis() % 900));

    /** One insured person as a test knows them: what they type, and what the register holds. */
    public record Person(String nir13, String key, LocalDate birthDate, String vitale, String iban, String email,
                         String givenNames) {

        public String nir15() {
            return nir13 + key;
        }

        public String ibanEnd() {
            return iban.substring(iban.length() - 7);
        }

        public String birthDateTyped() {
            return String.format("%02d/%02d/%04d", birthDate.getDayOfMonth(), birthDate.getMonthValue(), birthDate.getYear());
        }
    }

    private People() {
    }

    /** A woman born abroad (department 99) in 1980–1999, with a unique order number. */
    public static Person fresh(boolean withEmail) {
        int n = SEQUENCE.incrementAndGet();
        int year = 80 + n % 20;
        int month = 1 + n % 12;
        String nir13 = "2" + year + String.format("%02d", month) + "99" + String.format("%03d", 100 + n % 800)
                + String.format("%03d", (System.nanoTime() / 1000) % 1000);
        String key = String.format("%02d", 97 - new BigInteger(nir13).mod(BigInteger.valueOf(97)).intValue());
        LocalDate birth = LocalDate.of(1900 + year, month, 1 + n % 28);
        String bban = "30006000" + String.format("%015d", Math.abs(System.nanoTime()) % 1_000_000_000_000_000L);
        return new Person(nir13, key, birth, "1" + String.format("%07d", n * 7919 % 10_000_000), iban("FR", bban),
                withEmail ? Mailbox.freshAddress("assure") : null, "Camille " + letters(n));
    }

    /** A name part unique to this person ("Ab", "Ac" …), so that a letter in a print run can be told apart. */
    private static String letters(int n) {
        return "" + (char) ('A' + n / 26 % 26) + (char) ('a' + n % 26) + (char) ('a' + n / 676 % 26);
    }

    private static String iban(String country, String bban) {
        String rearranged = bban + country + "00";
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.digit(c, 36));
        }
        int check = 98 - new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
        return country + String.format("%02d", check) + bban;
    }
}
