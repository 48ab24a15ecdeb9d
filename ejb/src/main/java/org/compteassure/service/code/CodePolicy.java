package org.compteassure.service.code;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
import org.compteassure.persistence.account.InsuredPerson;

/**
 * The policy a definitive secret code must meet (ASVS 5.0 V6.2). Each {@link Rule} is part of a contract other code
 * relies on:
 * <ol>
 * <li>{@link Rule#LENGTH}: {@value #MIN_LENGTH} to {@value #MAX_LENGTH} characters (Unicode code points). There is
 * no composition rule (ASVS 6.2.5): a passphrase of plain words is welcome.</li>
 * <li>{@link Rule#NOT_COMMON}: not one of the {@value #COMMON_CODES_RESOURCE} list's common passwords, compared in
 * the {@linkplain #letters canonical form} (case, accents, separators and leetspeak ignored: "P@ss-w0rd" is
 * "password"), and not made of this service's own words ({@value #CONTEXT_WORDS_RESOURCE}, ASVS 6.1.2 and 6.2.11:
 * "Ameli-Vitale-2024"), marked as the personal pieces are, below.</li>
 * <li>{@link Rule#NO_PERSONAL_DATA}: not made from the person's names, NIR or birth date. The code's letters and
 * digits are read twice, once with leetspeak as letters ("p3t1t" is "petit") and once as typed, and every
 * occurrence of a personal piece (and of a context word) is marked: name parts of {@value #MIN_NAME_PART} letters or more and their
 * prefixes, the NIR's runs of 3 characters or more, the day, month, year and two-digit year, each also reversed.
 * The code is refused when fewer than {@value #MIN_OWN_CHARACTERS} of its letters and digits are left unmarked,
 * whatever the order, case and separators ("Lucas-Petit-1992", "1992.petit.LUCAS", "t1t3p-sacul"), and always
 * when it holds the whole NIR or the whole birth date (ddMMyyyy, yyyyMMdd or ddMMyy once separators are
 * dropped).</li>
 * <li>{@link Rule#NOT_GUESSABLE}: a zxcvbn score of at least {@value #MIN_SCORE}, the person's names, NIR and birth
 * date being zxcvbn's user inputs, so that codes built from them score low.</li>
 * <li>{@link Rule#NOT_REUSED}: not the current code. This class never sees a code's hash: {@link #check} never
 * reports it, the caller that holds the hash adds it with {@link Verdict#with}.</li>
 * </ol>
 * <p>
 * zxcvbn and the list and personal-data rules run only on codes of 1 to {@value #MAX_LENGTH} characters: zxcvbn's
 * time grows faster than the square of the length (some 6 s for 1 000 characters), and an empty code has nothing
 * to measure. A rule not measured counts as unmet (except for the empty code, which only fails the length and
 * zxcvbn); the score is then 0.
 * <p>
 * Thread-safe and cheap to create: the zxcvbn engine and the common list are each loaded once, on first use, and
 * shared; {@link Zxcvbn#measure} keeps no state between calls.
 */
public final class CodePolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 64;
    /** zxcvbn's scale is 0 to 4; 3 is "safely unguessable: moderate protection from offline slow-hash scenario". */
    public static final int MIN_SCORE = 3;
    /** Letters and digits a code must hold beyond the person's own data. */
    public static final int MIN_OWN_CHARACTERS = 8;
    /** The common passwords, one a line, gzipped; provenance and licence in common-codes.NOTICE.txt beside it. */
    static final String COMMON_CODES_RESOURCE = "common-codes.txt.gz";
    /** The words of this service and fund people build codes from, one a line; '#' starts a comment. */
    static final String CONTEXT_WORDS_RESOURCE = "context-words.txt";

    /** What a definitive code must satisfy, in the order a checklist shows them. */
    public enum Rule {
        LENGTH, NOT_COMMON, NO_PERSONAL_DATA, NOT_GUESSABLE, NOT_REUSED
    }

    /**
     * What the code is checked against. {@code nir13} is the NIR without its key, as stored (13 characters);
     * the names may be null or blank.
     */
    public record PersonalData(String nir13, LocalDate birthDate, String familyName, String givenNames) {

        public PersonalData {
            Objects.requireNonNull(nir13, "nir13");
            Objects.requireNonNull(birthDate, "birthDate");
            if (nir13.length() != 13) {
                throw new IllegalArgumentException("The NIR must be given without its key: 13 characters");
            }
            familyName = familyName == null ? "" : familyName;
            givenNames = givenNames == null ? "" : givenNames;
        }

        public static PersonalData of(InsuredPerson person) {
            return new PersonalData(person.getNir().value(), person.getBirthDate(), person.getFamilyName(),
                    person.getGivenNames());
        }

        /** Nothing personal: a record's default toString would put the NIR and birth date in logs. */
        @Override
        public String toString() {
            return "PersonalData[nir13=" + nir13.substring(0, 3) + "**********, birthDate=****-**-**, names=***]";
        }
    }

    /**
     * The outcome of a check. {@code unmet} is empty when the code is accepted; {@code score} is zxcvbn's 0 to 4;
     * {@code warning} (possibly empty) and {@code suggestions} are zxcvbn's feedback in the requested language,
     * usually given only for weak codes.
     */
    public record Verdict(Set<Rule> unmet, int score, String warning, List<String> suggestions) {

        public Verdict {
            unmet = unmet.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(unmet));
            warning = warning == null ? "" : warning;
            suggestions = List.copyOf(suggestions);
        }

        public boolean accepted() {
            return unmet.isEmpty();
        }

        /** For a checklist: whether this one rule is satisfied. */
        public boolean met(Rule rule) {
            return !unmet.contains(rule);
        }

        /** This verdict with one more rule unmet: for the rules only the caller can judge ({@link Rule#NOT_REUSED}). */
        public Verdict with(Rule rule) {
            Set<Rule> more = EnumSet.of(rule);
            more.addAll(unmet);
            return new Verdict(more, score, warning, suggestions);
        }
    }

    private static final String LABELS = "org.compteassure.service.code.code-policy";
    /** Our French feedback; zxcvbn4j's own messages_fr mistranslates some keys ("noms communs" for common names). */
    private static final String FRENCH_FEEDBACK = "org.compteassure.service.code.zxcvbn";
    /** zxcvbn4j's base bundle, which is English. */
    private static final String ENGLISH_FEEDBACK = "com.nulabinc.zxcvbn.messages";
    /** Without it, a lookup falls back to the JVM's default locale before the base bundle. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static final Pattern NAME_SEPARATORS = Pattern.compile("[\\s\\p{Z}\\-'’.]+");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    /** Name parts shorter than this would only match noise ("de", "la"). */
    static final int MIN_NAME_PART = 3;
    /** NIR runs shorter than this would match any two digits. */
    private static final int MIN_NIR_RUN = 3;
    /** What people put between a given name and a family name. */
    private static final List<String> NAME_JOINERS = List.of("", ".", "-", "_", " ", "@", "!", "#", "&", "*");
    /** Leetspeak, read as letters; 'l' is read as 'i' too, so that 1, l, ! and | all compare equal. */
    private static final String LEET_FROM = "01345789@$!|+€l";
    private static final String LEET_TO = "oieastbgasiitei";

    /** The birth-date forms refused wherever they stand (separators are dropped first). */
    private static final List<DateTimeFormatter> WHOLE_DATE_FORMS = formatters("ddMMuuuu", "uuuuMMdd", "ddMMuu");
    /** The birth date's pieces, which make up a code with the names. */
    private static final List<DateTimeFormatter> DATE_PIECES = formatters("dd", "MM", "uuuu", "uu");
    /** What zxcvbn is told about the birth date: the forms people write it in. */
    private static final List<DateTimeFormatter> DATE_INPUT_FORMS = formatters(
            "ddMMuuuu", "dd/MM/uuuu", "dd-MM-uuuu", "uuuuMMdd", "uuuu-MM-dd", "ddMMuu", "dd.MM.uuuu", "dd/MM/uu",
            "MMuuuu", "ddMM", "uuuu");

    /** Loaded on first use only, so that rejecting a code on its length alone costs nothing. */
    private static final class Engine {
        static final Zxcvbn ZXCVBN = new Zxcvbn();
    }

    /** Loaded on first use; see {@link CommonCodes} for its size in memory. */
    private static final class Common {
        static final CommonCodes CODES = CommonCodes.load(CodePolicy.class, COMMON_CODES_RESOURCE);
    }

    /** Loaded on first use, in the canonical form the codes are read in. */
    private static final class Context {
        static final Set<String> WORDS = contextWords();
    }

    /**
     * Checks a code against every rule but {@link Rule#NOT_REUSED}, which the caller adds. The list, personal-data
     * and zxcvbn rules run only when the code has 1 to {@value #MAX_LENGTH} characters.
     *
     * @param code   the code as typed; null is treated as empty
     * @param person whose code it is
     * @param locale the language of the feedback: English for "en", French otherwise (and for null)
     */
    public Verdict check(String code, PersonalData person, Locale locale) {
        Objects.requireNonNull(person, "person");
        String typed = code == null ? "" : code;
        Set<Rule> unmet = EnumSet.noneOf(Rule.class);

        int length = typed.codePointCount(0, typed.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            unmet.add(Rule.LENGTH);
        }
        if (length > MAX_LENGTH) {
            unmet.addAll(EnumSet.of(Rule.NOT_COMMON, Rule.NO_PERSONAL_DATA, Rule.NOT_GUESSABLE));
            return new Verdict(unmet, 0, "", List.of());
        }
        if (isCommon(typed) || isMadeOfContextWords(typed)) {
            unmet.add(Rule.NOT_COMMON);
        }
        if (isMadeOfPersonalData(typed, person)) {
            unmet.add(Rule.NO_PERSONAL_DATA);
        }
        if (length == 0) {
            unmet.add(Rule.NOT_GUESSABLE);
            return new Verdict(unmet, 0, "", List.of());
        }
        Strength strength = Engine.ZXCVBN.measure(typed, userInputs(person));
        if (strength.getScore() < MIN_SCORE) {
            unmet.add(Rule.NOT_GUESSABLE);
        }
        Feedback feedback = strength.getFeedback().withResourceBundle(feedbackBundle(locale));
        return new Verdict(unmet, strength.getScore(), feedback.getWarning(), feedback.getSuggestions());
    }

    /** A rule as a checklist shows it, e.g. "Pas un mot de passe courant"; French unless the locale is English. */
    public static String label(Rule rule, Locale locale) {
        return ResourceBundle.getBundle(LABELS, supported(locale), CodePolicy.class.getClassLoader(), NO_FALLBACK)
                .getString("codePolicy." + rule.name());
    }

    /** Whether the code, in its canonical form, is on the common list. */
    static boolean isCommon(String code) {
        String canonical = letters(significant(code));
        return !canonical.isEmpty() && Common.CODES.contains(canonical);
    }

    /** Whether the code is this service's words with fewer than {@value #MIN_OWN_CHARACTERS} characters of its own. */
    static boolean isMadeOfContextWords(String code) {
        String asLetters = letters(significant(code));
        boolean[] marked = new boolean[asLetters.length()];
        return mark(asLetters, Context.WORDS, marked) && unmarked(marked) < MIN_OWN_CHARACTERS;
    }

    /** The common list's size and footprint, for tests and for the record. */
    static CommonCodes commonCodes() {
        return Common.CODES;
    }

    /**
     * Rule {@link Rule#NO_PERSONAL_DATA}: marks every occurrence of a personal piece in the code's two readings and
     * refuses the code when too little is left unmarked, or when it holds the whole NIR or birth date.
     */
    static boolean isMadeOfPersonalData(String code, PersonalData person) {
        String typed = significant(code);
        if (typed.isEmpty()) {
            return false;
        }
        String asLetters = letters(typed);
        String asTyped = typed.replace('l', 'i');
        String nir = person.nir13().toLowerCase(Locale.ROOT);
        for (String whole : wholePieces(person)) {
            if (asTyped.contains(whole) || asTyped.contains(reversed(whole))) {
                return true;
            }
        }
        boolean[] marked = new boolean[typed.length()];
        boolean found = mark(asLetters, namePieces(person), marked);
        found |= mark(asTyped, digitPieces(nir, person.birthDate()), marked);
        // A context word counts as known, but alone it is the NOT_COMMON rule's business.
        mark(asLetters, Context.WORDS, marked);
        return found && unmarked(marked) < MIN_OWN_CHARACTERS;
    }

    private static int unmarked(boolean[] marked) {
        int left = 0;
        for (boolean isMarked : marked) {
            left += isMarked ? 0 : 1;
        }
        return left;
    }

    /** Marks each occurrence of each piece, and of the piece reversed; true when something was marked. */
    private static boolean mark(String text, Set<String> pieces, boolean[] marked) {
        boolean found = false;
        for (String piece : pieces) {
            for (String form : List.of(piece, reversed(piece))) {
                for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
                    Arrays.fill(marked, at, at + form.length(), true);
                    found = true;
                }
            }
        }
        return found;
    }

    /** The whole NIR and birth date, in the code's as-typed reading. */
    private static List<String> wholePieces(PersonalData person) {
        List<String> pieces = new ArrayList<>();
        pieces.add(person.nir13().toLowerCase(Locale.ROOT));
        WHOLE_DATE_FORMS.forEach(form -> pieces.add(form.format(person.birthDate())));
        return pieces;
    }

    /** Every name part of {@value #MIN_NAME_PART} letters or more, its prefixes as long, and the names run together. */
    private static Set<String> namePieces(PersonalData person) {
        Set<String> pieces = new LinkedHashSet<>();
        for (String names : List.of(person.familyName(), person.givenNames())) {
            String plain = withoutAccents(names.strip().toLowerCase(Locale.ROOT));
            if (plain.isEmpty()) {
                continue;
            }
            String[] parts = NAME_SEPARATORS.split(plain);
            pieces.add(letters(significant(String.join("", parts))));
            for (String part : parts) {
                String letters = letters(significant(part));
                for (int end = MIN_NAME_PART; end <= letters.length(); end++) {
                    pieces.add(letters.substring(0, end));
                }
            }
        }
        pieces.removeIf(piece -> piece.length() < MIN_NAME_PART);
        return pieces;
    }

    /** The NIR's runs of {@value #MIN_NIR_RUN} characters or more, and the birth date's day, month and years. */
    private static Set<String> digitPieces(String nir, LocalDate birthDate) {
        Set<String> pieces = new LinkedHashSet<>();
        for (int start = 0; start < nir.length(); start++) {
            for (int end = start + MIN_NIR_RUN; end <= nir.length(); end++) {
                pieces.add(nir.substring(start, end));
            }
        }
        DATE_PIECES.forEach(form -> pieces.add(form.format(birthDate)));
        return pieces;
    }

    /** Lower case, without accents, only the letters, digits and leetspeak symbols: what separators leave. */
    static String significant(String code) {
        String plain = withoutAccents(code).toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder(plain.length());
        plain.codePoints()
                .filter(c -> Character.isLetterOrDigit(c) || LEET_FROM.indexOf(c) >= 0)
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** The canonical form: a {@link #significant} text with leetspeak read as letters ("p3t1t" is "petit"). */
    static String letters(String significant) {
        StringBuilder read = new StringBuilder(significant.length());
        for (int i = 0; i < significant.length(); i++) {
            char c = significant.charAt(i);
            int leet = LEET_FROM.indexOf(c);
            read.append(leet >= 0 ? LEET_TO.charAt(leet) : c);
        }
        return read.toString();
    }

    private static String reversed(String text) {
        return new StringBuilder(text).reverse().toString();
    }

    /**
     * What zxcvbn should treat as known to an attacker: the names whole, joined and by part, with and without
     * accents; the given and family names run together ("mariedupont", "dupont.marie", "m-dupont"), since zxcvbn
     * otherwise credits each extra known piece with a large fixed number of guesses; the NIR; the birth date in the
     * forms people write it. Earlier inputs count as more guessable.
     */
    static List<String> userInputs(PersonalData person) {
        Set<String> family = nameForms(person.familyName());
        Set<String> given = nameForms(person.givenNames());
        Collection<String> inputs = new LinkedHashSet<>();
        inputs.addAll(family);
        inputs.addAll(given);
        inputs.add(person.nir13().toLowerCase(Locale.ROOT));
        inputs.addAll(Context.WORDS);
        for (DateTimeFormatter form : DATE_INPUT_FORMS) {
            inputs.add(form.format(person.birthDate()));
        }
        Set<String> givenAndInitials = new LinkedHashSet<>(given);
        given.forEach(name -> givenAndInitials.add(name.substring(0, name.offsetByCodePoints(0, 1))));
        for (String familyName : family) {
            for (String givenName : givenAndInitials) {
                for (String separator : NAME_JOINERS) {
                    inputs.add(givenName + separator + familyName);
                    inputs.add(familyName + separator + givenName);
                }
            }
        }
        return new ArrayList<>(inputs);
    }

    /** "Le Quéméneur" gives "le quéméneur", "lequéméneur", "quéméneur" and the same without accents. */
    private static Set<String> nameForms(String names) {
        Set<String> forms = new LinkedHashSet<>();
        String name = names.strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            return forms;
        }
        for (String variant : List.of(name, withoutAccents(name))) {
            forms.add(variant);
            String[] parts = NAME_SEPARATORS.split(variant);
            forms.add(String.join("", parts));
            for (String part : parts) {
                if (part.codePointCount(0, part.length()) >= MIN_NAME_PART) {
                    forms.add(part);
                }
            }
        }
        forms.removeIf(String::isEmpty);
        return forms;
    }

    private static Set<String> contextWords() {
        try (InputStream in = CodePolicy.class.getResourceAsStream(CONTEXT_WORDS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(CONTEXT_WORDS_RESOURCE + " is missing");
            }
            Set<String> words = new LinkedHashSet<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(line -> line.replaceFirst("#.*", "").strip())
                    .filter(line -> !line.isEmpty())
                    .forEach(word -> words.add(letters(significant(word))));
            return Collections.unmodifiableSet(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String withoutAccents(String text) {
        return COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    }

    private static ResourceBundle feedbackBundle(Locale locale) {
        ClassLoader loader = CodePolicy.class.getClassLoader();
        return supported(locale) == Locale.ENGLISH
                ? ResourceBundle.getBundle(ENGLISH_FEEDBACK, Locale.ROOT, loader, NO_FALLBACK)
                : ResourceBundle.getBundle(FRENCH_FEEDBACK, Locale.FRENCH, loader, NO_FALLBACK);
    }

    /** French is the default; English is the only other language. */
    private static Locale supported(Locale locale) {
        return locale != null && locale.getLanguage().equals(Locale.ENGLISH.getLanguage())
                ? Locale.ENGLISH : Locale.FRENCH;
    }

    private static List<DateTimeFormatter> formatters(String... patterns) {
        return Arrays.stream(patterns).map(pattern -> DateTimeFormatter.ofPattern(pattern, Locale.ROOT))
                .toList();
    }
}
