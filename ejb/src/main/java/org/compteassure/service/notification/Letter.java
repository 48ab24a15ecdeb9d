package org.compteassure.service.notification;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.compteassure.persistence.account.InsuredPerson.Sex;
import org.compteassure.persistence.code.OneTimeCode.Reason;
import org.compteassure.persistence.domain.Dates;
import org.compteassure.persistence.messaging.MessageThread.Subject;

/**
 * One postal letter, as {@link LetterPdf} prints it on one A4 page: the recipient's name and address for a window
 * envelope, the date, a subject, paragraphs, and an optional code shown in a box right after the first paragraph.
 * <p>
 * The window holds 6 lines (AFNOR NF Z10-011), so a letter has at most 5 address lines under the name. A letter
 * may carry a code, so {@link #toString()} never shows it.
 *
 * @param recipientName the first line of the address block
 * @param addressLines  the lines under the name, e.g. {@code PostalAddress.lines()}: 1 to 5
 * @param date          the date printed on the letter
 * @param subject       the subject line, after "Objet :"
 * @param paragraphs    the body, at least one paragraph; the code's box comes after the first
 * @param code          the code to print in a box, or {@code null}
 * @param sex           the recipient's sex in the register, for « Madame » or « Monsieur »; {@code null} when unknown
 *                      (« Madame, Monsieur, »)
 */
public record Letter(String recipientName, List<String> addressLines, LocalDate date, String subject,
        List<String> paragraphs, String code, Sex sex) {

    /** A letter whose recipient's sex is not known yet ({@link #to}). */
    public Letter(String recipientName, List<String> addressLines, LocalDate date, String subject,
            List<String> paragraphs, String code) {
        this(recipientName, addressLines, date, subject, paragraphs, code, null);
    }

    /** Lines in an envelope's window: the name and at most 5 address lines. */
    public static final int MAX_ADDRESS_LINES = 5;

    private static final Pattern PROVISIONAL_CODE = Pattern.compile("[0-9]{8}");

    /** The text keys of each reason a provisional code is sent. */
    private static final Map<Reason, String> KEYS = Map.of(
            Reason.CREATION, "creation", Reason.FORGOTTEN, "reset", Reason.REACTIVATION, "reactivation");

    public Letter {
        requireText(recipientName, "recipientName");
        Objects.requireNonNull(addressLines, "addressLines");
        addressLines = List.copyOf(addressLines);
        if (addressLines.isEmpty() || addressLines.size() > MAX_ADDRESS_LINES) {
            throw new IllegalArgumentException("A letter has 1 to " + MAX_ADDRESS_LINES + " address lines, not "
                    + addressLines.size());
        }
        addressLines.forEach(line -> requireText(line, "address line"));
        Objects.requireNonNull(date, "date");
        requireText(subject, "subject");
        Objects.requireNonNull(paragraphs, "paragraphs");
        paragraphs = List.copyOf(paragraphs);
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("A letter has at least one paragraph");
        }
        paragraphs.forEach(paragraph -> requireText(paragraph, "paragraph"));
        if (code != null) {
            requireText(code, "code");
        }
    }

    /**
     * The letter that sends a provisional code of 8 digits, in French: what it is for, where to use it
     * ({@code serviceUrl}, the absolute address of the page where it is typed), how long it is valid, and what to
     * do if the person did not ask for it.
     *
     * @param validity how long the code is valid, e.g. 30 days, written in words
     * @throws IllegalArgumentException if the code is not 8 digits or the URL is not an absolute http(s) one
     */
    public static Letter provisionalCode(String recipientName, List<String> addressLines, LocalDate date,
            String code, Duration validity, Reason reason, String serviceUrl) {
        Objects.requireNonNull(code, "code");
        if (!PROVISIONAL_CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("A provisional code has 8 digits");
        }
        Objects.requireNonNull(reason, "reason");
        String url = NoticeTexts.checkedUrl(serviceUrl);
        NoticeTexts texts = NoticeTexts.in(Locale.FRENCH);
        String words = texts.duration(validity);
        String prefix = "letter.provisional." + KEYS.get(reason);
        return new Letter(recipientName, addressLines, date, texts.format(prefix + ".subject"), List.of(
                texts.format(prefix + ".intro"),
                texts.format(prefix + ".use", words, url),
                texts.format("letter.provisional.validity", words),
                texts.format(prefix + ".notYou", words),
                texts.format("letter.provisional.secret")), code);
    }

    /**
     * The notice, in French, that something was changed on {@code changedOn} ({@code what}: "bankDetailsChanged",
     * "codeChanged", the texts' key): sent to the postal address on file, so that the real owner hears of a change
     * they did not make even if their e-mail was taken over.
     */
    public static Letter changed(String what, String recipientName, List<String> addressLines, LocalDate date,
            LocalDate changedOn) {
        NoticeTexts texts = NoticeTexts.in(Locale.FRENCH);
        String prefix = "letter." + what;
        return new Letter(recipientName, addressLines, date, texts.format(prefix + ".subject"), List.of(
                texts.format(prefix + ".intro", Dates.prose(changedOn, Locale.FRENCH)),
                texts.format(prefix + ".notYou")), null);
    }

    /** A démarche moved on: its number, and where to see it (no detail: a letter may be opened by others). */
    public static Letter demarcheAdvanced(String recipientName, List<String> addressLines, LocalDate date,
            String number, String serviceUrl) {
        NoticeTexts texts = NoticeTexts.in(Locale.FRENCH);
        return new Letter(recipientName, addressLines, date, texts.format("letter.demarcheAdvanced.subject", number),
                List.of(texts.format("letter.demarcheAdvanced.intro", number),
                        texts.format("letter.demarcheAdvanced.next", NoticeTexts.checkedUrl(serviceUrl))), null);
    }

    /**
     * A notice the person asked for on paper ({@code letter.notice.KIND.*}): what happened ({@code details}, when
     * the kind needs them: an appointment's day and place, a card's holder) and where the space shows it.
     */
    public static Letter notice(String kind, String recipientName, List<String> addressLines, LocalDate date,
            String details, String serviceUrl) {
        NoticeTexts texts = NoticeTexts.in(Locale.FRENCH);
        String url = NoticeTexts.checkedUrl(serviceUrl);
        String prefix = "letter.notice." + kind;
        return new Letter(recipientName, addressLines, date, texts.format(prefix + ".subject"), List.of(
                texts.format(prefix + ".intro", details == null ? "" : details),
                texts.format("letter.notice.next", details == null ? "" : details, url)), null);
    }

    /**
     * An adviser's reply that stayed unread for 14 days, sent by post so that nobody misses a decision: when it was
     * written, its thread's subject, the reply as typed (one paragraph per line), and where to answer it.
     */
    public static Letter reply(String recipientName, List<String> addressLines, LocalDate date, LocalDate repliedOn,
            Subject threadSubject, String replyBody, String serviceUrl) {
        String url = NoticeTexts.checkedUrl(serviceUrl);
        NoticeTexts texts = NoticeTexts.in(Locale.FRENCH);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(texts.format("letter.reply.intro", Dates.prose(repliedOn, Locale.FRENCH),
                texts.format("thread.subject." + threadSubject.name())));
        replyBody.lines().filter(line -> !line.isBlank()).forEach(paragraphs::add);
        paragraphs.add(texts.format("letter.reply.answer", url));
        return new Letter(recipientName, addressLines, date, texts.format("letter.reply.subject"), paragraphs, null);
    }

    /** The same letter, opening with « Madame » or « Monsieur » as the register says. */
    public Letter to(Sex recipientSex) {
        return new Letter(recipientName, addressLines, date, subject, paragraphs, code, recipientSex);
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A letter's " + what + " is required");
        }
    }

    /** The subject and date only: the name and address are personal data, the code a secret. */
    @Override
    public String toString() {
        return "Letter[date=" + date + ", subject=" + subject + ", code=" + (code == null ? "none" : "****") + "]";
    }
}
