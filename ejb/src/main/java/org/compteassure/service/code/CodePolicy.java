package org.compteassure.service.code;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
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
 * The policy a definitive secret code must meet. Each {@link Rule} is part of a contract other code relies on:
 * <ol>
 * <li>{@link Rule#LENGTH}: {@value #MIN_LENGTH} to {@value #MAX_LENGTH} characters (Unicode code points);</li>
 * <li>{@link Rule#LOWER_CASE}, {@link Rule#UPPER_CASE}, {@link Rule#DIGIT_OR_SPECIAL}: at least one lower-case
 * letter, one upper-case letter (accented ones count), and one digit or special character (anything but a letter,
 * white space or a control character);</li>
 * <li>{@link Rule#NO_NIR}: not the NIR's 13 characters, compared case-insensitively (Corsica's 2A/2B);
 * {@link Rule#NO_BIRTH_DATE}: not the birth date as ddMMyyyy, dd/MM/yyyy, dd-MM-yyyy, yyyyMMdd, yyyy-MM-dd or ddMMyy.
 * Both are also looked for with white space removed, so that "1 85 05 78 006 084" is caught;</li>
 * <li>{@link Rule#NOT_GUESSABLE}: a zxcvbn score of at least {@value #MIN_SCORE}, the person's names, NIR and birth
 * date being zxcvbn's user inputs, so that codes built from them score low.</li>
 * </ol>
 * zxcvbn counts at least 10 000<sup>n-1</sup> guesses for a code of n pieces, so three separately known pieces
 * ("Marie1985Dupont") still reach score 3; the user inputs include the names run together to narrow that gap.
 * <p>
 * zxcvbn is run only on codes of 1 to {@value #MAX_LENGTH} characters: its time grows faster than the square of the
 * length (some 6 s for 1 000 characters, 45 s for 2 000), and an empty code has nothing to measure. When it is not
 * run, {@link Rule#NOT_GUESSABLE} counts as unmet and the score is 0.
 * <p>
 * Thread-safe and cheap to create: the zxcvbn engine (its dictionaries take a moment to load) is built once, on first
 * use, and shared; {@link Zxcvbn#measure} keeps no state between calls.
 */
public final class CodePolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 64;
    /** zxcvbn's scale is 0 to 4; 3 is "safely unguessable: moderate protection from offline slow-hash scenario". */
    public static final int MIN_SCORE = 3;

    /** What a definitive code must satisfy, in the order a checklist shows them. */
    public enum Rule {
        LENGTH, LOWER_CASE, UPPER_CASE, DIGIT_OR_SPECIAL, NO_NIR, NO_BIRTH_DATE, NOT_GUESSABLE
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
    }

    private static final String LABELS = "org.compteassure.service.code.code-policy";
    /** Our French feedback; zxcvbn4j's own messages_fr mistranslates some keys ("noms communs" for common names). */
    private static final String FRENCH_FEEDBACK = "org.compteassure.service.code.zxcvbn";
    /** zxcvbn4j's base bundle, which is English. */
    private static final String ENGLISH_FEEDBACK = "com.nulabinc.zxcvbn.messages";
    /** Without it, a lookup falls back to the JVM's default locale before the base bundle. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("[\\s\\p{Z}\\-'’.]+");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    /** Name parts shorter than this would only match noise ("de", "la"). */
    private static final int MIN_NAME_PART = 3;
    /** What people put between a given name and a family name. */
    private static final List<String> NAME_JOINERS = List.of("", ".", "-", "_", " ", "@", "!", "#", "&", "*");

    /** The birth-date forms rule {@link Rule#NO_BIRTH_DATE} forbids. */
    private static final List<DateTimeFormatter> FORBIDDEN_DATE_FORMS = formatters(
            "ddMMuuuu", "dd/MM/uuuu", "dd-MM-uuuu", "uuuuMMdd", "uuuu-MM-dd", "ddMMuu");
    /** What zxcvbn is told about the birth date: the forbidden forms and a few more that make up codes. */
    private static final List<DateTimeFormatter> DATE_INPUT_FORMS = formatters(
            "ddMMuuuu", "dd/MM/uuuu", "dd-MM-uuuu", "uuuuMMdd", "uuuu-MM-dd", "ddMMuu", "dd.MM.uuuu", "dd/MM/uu",
            "MMuuuu", "ddMM", "uuuu");

    /** Loaded on first use only, so that rejecting a code on its length alone costs nothing. */
    private static final class Engine {
        static final Zxcvbn ZXCVBN = new Zxcvbn();
    }

    /**
     * Checks a code against every rule. zxcvbn runs only when the code has 1 to {@value #MAX_LENGTH} characters.
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
        if (typed.codePoints().noneMatch(Character::isLowerCase)) {
            unmet.add(Rule.LOWER_CASE);
        }
        if (typed.codePoints().noneMatch(Character::isUpperCase)) {
            unmet.add(Rule.UPPER_CASE);
        }
        if (typed.codePoints().noneMatch(CodePolicy::isDigitOrSpecial)) {
            unmet.add(Rule.DIGIT_OR_SPECIAL);
        }
        String compact = WHITE_SPACE.matcher(typed).replaceAll("").toUpperCase(Locale.ROOT);
        if (compact.contains(person.nir13().toUpperCase(Locale.ROOT))) {
            unmet.add(Rule.NO_NIR);
        }
        if (FORBIDDEN_DATE_FORMS.stream().anyMatch(form -> compact.contains(form.format(person.birthDate())))) {
            unmet.add(Rule.NO_BIRTH_DATE);
        }

        if (length == 0 || length > MAX_LENGTH) {
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

    /** A rule as a checklist shows it, e.g. "Au moins une lettre majuscule"; French unless the locale is English. */
    public static String label(Rule rule, Locale locale) {
        return ResourceBundle.getBundle(LABELS, supported(locale), CodePolicy.class.getClassLoader(), NO_FALLBACK)
                .getString("codePolicy." + rule.name());
    }

    /** Letters and digits are classes of their own; white space and control characters count as nothing. */
    private static boolean isDigitOrSpecial(int codePoint) {
        return Character.isDigit(codePoint)
                || !Character.isLetter(codePoint) && !Character.isWhitespace(codePoint)
                && !Character.isSpaceChar(codePoint) && !Character.isISOControl(codePoint);
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
