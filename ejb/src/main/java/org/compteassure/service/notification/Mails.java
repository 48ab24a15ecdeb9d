package org.compteassure.service.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.compteassure.persistence.domain.Dates;

/**
 * The e-mails of the accounts feature, each as a subject, a plain-text part and an HTML part
 * ({@link MailContent}), in French or English.
 * <p>
 * Every mail greets the person, says what happened or what to do, what happens next, and what to do if they did
 * not ask for it. None ever holds a secret code that lasts: only links and one-time codes that expire. The HTML is
 * sober and self-contained (inline styles, no image, font or script from elsewhere) and every value inserted in it
 * is escaped. The texts are in {@code mails_fr.properties} and {@code mails_en.properties}.
 * <p>
 * Links are absolute {@code http(s)} URLs built by the caller from the public base address ({@code CA_BASE_URL}).
 * Times are written in Paris time. Instances are immutable and thread-safe.
 */
public final class Mails {

    private static final Pattern LOGIN_CODE = Pattern.compile("[0-9]{6}");

    private final NoticeTexts texts;

    private Mails(NoticeTexts texts) {
        this.texts = texts;
    }

    /** The mails in that language: English for English, French (the fund's language) for any other. */
    public static Mails in(Locale locale) {
        return new Mails(NoticeTexts.in(locale));
    }

    /** The language the mails are written in: {@link Locale#FRENCH} or {@link Locale#ENGLISH}. */
    public Locale locale() {
        return texts.locale();
    }

    /** After an account was created: the link to choose the definitive secret code, which activates it. */
    public MailContent activationLink(String givenNames, String url, Duration validity) {
        return linkMail("activation", givenNames, url, validity);
    }

    /** "J'ai oublié mon code", answered by e-mail: the link to choose a new secret code. */
    public MailContent resetLink(String givenNames, String url, Duration validity) {
        return linkMail("reset", givenNames, url, validity);
    }

    /** Reactivation of a closed account: the link to choose a new secret code, which reopens it. */
    public MailContent reactivationLink(String givenNames, String url, Duration validity) {
        return linkMail("reactivation", givenNames, url, validity);
    }

    private MailContent linkMail(String mail, String givenNames, String url, Duration validity) {
        String link = NoticeTexts.checkedUrl(url);
        String words = texts.duration(validity);
        return new Body(givenNames)
                .paragraph(mail + ".intro")
                .button(mail + ".button", link)
                .paragraph(mail + ".next", words)
                .paragraph(mail + ".notYou", words)
                .build(mail);
    }

    /**
     * The second login step: a one-time code of 6 digits. In the text part the code stands alone on its line, and
     * no other group of 6 digits appears anywhere in the mail.
     */
    public MailContent loginCode(String givenNames, String sixDigitCode, Duration validity) {
        Objects.requireNonNull(sixDigitCode, "sixDigitCode");
        if (!LOGIN_CODE.matcher(sixDigitCode).matches()) {
            throw new IllegalArgumentException("A login code has 6 digits");
        }
        return new Body(givenNames)
                .paragraph("loginCode.intro")
                .code(sixDigitCode)
                .paragraph("loginCode.next", texts.duration(validity))
                .paragraph("loginCode.notYou")
                .build("loginCode");
    }

    /** The definitive code was chosen: the account is active. */
    public MailContent accountActivated(String givenNames) {
        return notice("activated", givenNames);
    }

    /** The secret code was changed at that instant: a notice, so that a change the person did not make shows. */
    public MailContent codeChanged(String givenNames, Instant when) {
        return noticeAt("codeChanged", givenNames, Objects.requireNonNull(when, "when"));
    }

    /** The first lock after repeated wrong codes: until when, and that "J'ai oublié mon code" still works. */
    public MailContent accountLocked(String givenNames, Instant until) {
        return noticeAt("locked", givenNames, Objects.requireNonNull(until, "until"));
    }

    /**
     * The account was closed at that instant: payments and documents are kept, and {@code reactivateUrl} (the
     * absolute address of {@code /reactiver}) reopens it.
     */
    public MailContent accountClosed(String givenNames, Instant when, String reactivateUrl) {
        Objects.requireNonNull(when, "when");
        String link = NoticeTexts.checkedUrl(reactivateUrl);
        return new Body(givenNames)
                .paragraph("closed.intro", texts.date(when), texts.time(when))
                .paragraph("closed.kept")
                .paragraph("closed.reactivate")
                .link(link)
                .paragraph("closed.notYou")
                .build("closed");
    }

    /** The European card of {@code holderName}, ordered in the space, was sent by post (the space shows the rest). */
    public MailContent cardSent(String givenNames, String holderName) {
        return notice("cardSent", givenNames, clean(holderName));
    }

    /** Another parent attached one of the person's children to their account (no details). */
    public MailContent secondParentAttached(String givenNames) {
        return notice("secondParent", givenNames);
    }

    /** A new e-mail address for the account: the link, sent to that address, that confirms it. */
    public MailContent emailChangeLink(String givenNames, String url, Duration validity) {
        return linkMail("emailChange", givenNames, url, validity);
    }

    /** To the old address: the account's e-mail address was replaced at that instant. */
    public MailContent emailChanged(String givenNames, Instant when) {
        return noticeAt("emailChanged", givenNames, when);
    }

    /** To the address on file: the bank details were changed at that instant (a letter goes by post too). */
    public MailContent bankDetailsChanged(String givenNames, Instant when) {
        return noticeAt("bankDetailsChanged", givenNames, when);
    }

    /** FranceConnect now opens the account (or no longer does), since that instant. */
    public MailContent franceConnectLinked(String givenNames, Instant when, boolean linked) {
        return noticeAt(linked ? "franceConnectLinked" : "franceConnectUnlinked", givenNames, when);
    }

    /**
     * A sign-in from a browser never seen on the account: when, which browser, from which network (no place: no
     * geolocation is looked up), and the button to "Activité de mon compte" ({@code activityUrl}), where "Ce n'était
     * pas moi" is.
     */
    public MailContent newDeviceSignIn(String givenNames, Instant when, String browser, String network,
                                       String activityUrl) {
        Objects.requireNonNull(when, "when");
        return new Body(givenNames)
                .paragraph("newDevice.intro", texts.date(when), texts.time(when), clean(browser), clean(network))
                .paragraph("newDevice.next")
                .button("newDevice.button", NoticeTexts.checkedUrl(activityUrl))
                .paragraph("newDevice.notYou")
                .build("newDevice");
    }

    /** A short notice: what happened (its intro may take arguments), what to do next, and "if it was not you". */
    private MailContent notice(String mail, String givenNames, Object... introArguments) {
        return new Body(givenNames)
                .paragraph(mail + ".intro", introArguments)
                .paragraph(mail + ".next")
                .paragraph(mail + ".notYou")
                .build(mail);
    }

    /** A short notice whose intro says on which day and at what time (Paris) it happened. */
    private MailContent noticeAt(String mail, String givenNames, Instant when) {
        return notice(mail, givenNames, texts.date(when), texts.time(when));
    }

    /** A lost or stolen carte Vitale was declared: its reference, and the attestation to use meanwhile. */
    public MailContent vitaleLossDeclared(String givenNames, String reference, Instant when, String documentsUrl) {
        Objects.requireNonNull(reference, "reference");
        return new Body(givenNames)
                .paragraph("vitaleLoss.intro", texts.date(when), reference)
                .paragraph("vitaleLoss.next")
                .link(NoticeTexts.checkedUrl(documentsUrl))
                .paragraph("vitaleLoss.notYou")
                .build("vitaleLoss");
    }

    /**
     * The person's data export (« Télécharger mes données ») is ready until {@code until}: a button to the page
     * ({@code pageUrl}), where the code is asked again; never the file itself, nor what it holds.
     */
    public MailContent dataExportReady(String givenNames, Instant until, String pageUrl) {
        return new Body(givenNames)
                .paragraph("dataExport.intro", texts.date(until))
                .button("dataExport.button", NoticeTexts.checkedUrl(pageUrl))
                .paragraph("dataExport.next")
                .paragraph("dataExport.notYou")
                .build("dataExport");
    }

    /**
     * A démarche moved on (« Votre démarche D-… a avancé »): its number and the link to "Mes démarches"
     * ({@code demarchesUrl}), never what it is about or its outcome (a mail may be read by others).
     */
    public MailContent demarcheAdvanced(String givenNames, String number, String demarchesUrl) {
        Objects.requireNonNull(number, "number");
        return new Body(givenNames)
                .paragraph("demarcheAdvanced.intro", number)
                .button("demarcheAdvanced.button", NoticeTexts.checkedUrl(demarchesUrl))
                .paragraph("demarcheAdvanced.next")
                .build("demarcheAdvanced", number);
    }

    /**
     * A new payment is available in the person's space ({@code paymentsUrl}, the absolute address of
     * {@code /espace/paiements}). Never says what was paid, for whom, or how much: only that something is there.
     */
    public MailContent newPayment(String givenNames, String paymentsUrl) {
        return buttonMail("newPayment", "newPayment.button", givenNames, paymentsUrl);
    }

    /**
     * An adviser replied in the person's secure mailbox: a notice with the link to it, never the reply itself (a
     * mail may be read by others; the reply may hold care details).
     */
    public MailContent newMessage(String givenNames, String mailboxUrl) {
        return buttonMail("newMessage", "mailbox.button", givenNames, mailboxUrl);
    }

    /** The reply is still unread after 7 days: the same notice again, saying a letter follows otherwise. */
    public MailContent replyReminder(String givenNames, String mailboxUrl) {
        return buttonMail("replyReminder", "mailbox.button", givenNames, mailboxUrl);
    }

    /**
     * An appointment is booked: when, how (by phone or at the counter, {@code how} as {@link #appointmentHow}), what
     * about; the link to the appointments page; the calendar file is joined by the caller.
     */
    public MailContent appointmentBooked(String givenNames, Instant start, String how, String reason,
                                         String appointmentsUrl) {
        String when = appointmentWhen(start);
        return new Body(givenNames)
                .paragraph("appointmentBooked.intro", when, how, reason)
                .button("appointmentBooked.button", NoticeTexts.checkedUrl(appointmentsUrl))
                .paragraph("appointmentBooked.next")
                .build("appointmentBooked", texts.date(start));
    }

    /** Tomorrow's appointment: when, how, what about, and how to cancel it. */
    public MailContent appointmentSoon(String givenNames, Instant start, String how, String reason,
                                       String appointmentsUrl) {
        return new Body(givenNames)
                .paragraph("appointmentSoon.intro", appointmentWhen(start), how, reason)
                .button("appointmentBooked.button", NoticeTexts.checkedUrl(appointmentsUrl))
                .paragraph("appointmentSoon.next")
                .build("appointmentSoon");
    }

    /**
     * « Un proche m'aide »: a mandate given ({@code mandateGiven}) or ended ({@code mandateEnded}), told to either
     * side ({@code .mandator} or {@code .helper}): the other person, the parts of the space, the last day or how it
     * ended, what the person can do next.
     *
     * @param parts « vos paiements, vos documents », in this mail's language ({@link #mandateParts})
     * @param how   for an end: who ended it ({@code MANDATOR}, {@code HELPER}) or that its last day passed
     *              ({@code EXPIRED}); ignored for a mandate given
     */
    public MailContent mandate(boolean given, boolean toHelper, String givenNames, String otherName, String parts,
                               LocalDate lastDay, String how, String url) {
        String mail = (given ? "mandateGiven" : "mandateEnded") + (toHelper ? ".helper" : ".mandator");
        String other = clean(otherName);
        Body body = new Body(givenNames).paragraph(mail + ".intro", other, parts, Dates.prose(lastDay, texts.locale()));
        if (!given) {
            body.paragraph("mandateEnded.how." + how, other);
        }
        return body.button("mandate.button", NoticeTexts.checkedUrl(url))
                .paragraph(mail + ".next", other)
                .build(mail, other);
    }

    /** The parts of the space a mandate opens, as a list in this mail's language. */
    public String mandateParts(Collection<String> scopes) {
        return String.join(", ", scopes.stream().map(scope -> texts.format("mandate.scope." + scope)).toList());
    }

    /** « 10 décembre 2026 à 9 h 30 » (Paris). */
    String appointmentWhen(Instant start) {
        return texts.format("appointment.when", texts.date(start), texts.time(start));
    }

    /** How it is held: « par téléphone (un conseiller vous appelle au 06 …) » or « à l'accueil de votre caisse, … ». */
    String appointmentHow(boolean counter, String phoneOrAddress) {
        String value = clean(phoneOrAddress);
        if (counter) {
            return value.isEmpty() ? texts.format("appointment.kind.COUNTER.noAddress")
                    : texts.format("appointment.kind.COUNTER", value);
        }
        return value.isEmpty() ? texts.format("appointment.kind.PHONE.noNumber")
                : texts.format("appointment.kind.PHONE", value);
    }

    /** A subject of the messaging, in words (an appointment's reason). */
    String subject(String subjectName) {
        return texts.format("thread.subject." + subjectName);
    }

    /** The words of a key of the bundle, for a calendar file or a letter's details. */
    String text(String key, Object... arguments) {
        return texts.format(key, arguments);
    }

    /** What is there, the button to the page that shows it, what happens next. */
    private MailContent buttonMail(String mail, String buttonKey, String givenNames, String url) {
        return new Body(givenNames)
                .paragraph(mail + ".intro")
                .button(buttonKey, NoticeTexts.checkedUrl(url))
                .paragraph(mail + ".next")
                .build(mail);
    }

    /** Control characters (a line break in a name, say) become spaces, so a value cannot reshape the mail. */
    private static String clean(String value) {
        return value == null ? "" : value.replaceAll("[\\p{Cntrl}\\p{Z}\\s]+", " ").strip();
    }

    /** Escapes text for HTML content and for double-quoted attributes (the only kind written here). */
    static String html(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /**
     * The two parts of one mail, written side by side. Colours are the UI's; none is written as six digits
     * ({@code #555} rather than {@code #555555}), so that a mail's only 6-digit number is its code.
     */
    private final class Body {

        private static final String P = "<p style=\"margin:0 0 16px 0;\">";
        private static final String SMALL = "<p style=\"margin:0 0 8px 0;font-size:14px;color:#555;\">";
        private static final String FALLBACK = "<p style=\"margin:0 0 16px 0;font-size:14px;color:#555;\">";

        private final StringBuilder text = new StringBuilder(1024);
        private final StringBuilder html = new StringBuilder(4096);

        Body(String givenNames) {
            String name = clean(givenNames);
            String greeting = name.isEmpty() ? texts.format("greeting.anonymous") : texts.format("greeting", name);
            text.append(greeting).append("\n\n");
            html.append(P).append(html(greeting)).append("</p>\n");
        }

        Body paragraph(String key, Object... arguments) {
            String paragraph = texts.format(key, arguments);
            text.append(paragraph).append("\n\n");
            html.append(P).append(html(paragraph)).append("</p>\n");
            return this;
        }

        /** A button in HTML, with the address written out below for mail readers that hide it; the address alone in text. */
        Body button(String labelKey, String url) {
            text.append(url).append("\n\n");
            html.append("<p style=\"margin:24px 0;\"><a href=\"").append(html(url)).append("\" style=\"display:inline-block;"
                            + "padding:12px 20px;background-color:#1a4fa0;color:#ffffff;font-weight:bold;"
                            + "text-decoration:none;border-radius:4px;\">")
                    .append(html(texts.format(labelKey))).append("</a></p>\n")
                    .append(FALLBACK).append(html(texts.format("link.fallback"))).append("<br>")
                    .append(anchor(url)).append("</p>\n");
            return this;
        }

        Body link(String url) {
            text.append(url).append("\n\n");
            html.append(P).append(anchor(url)).append("</p>\n");
            return this;
        }

        /** The code alone on its line in text; large, spaced and monospaced in HTML. */
        Body code(String code) {
            text.append(code).append("\n\n");
            html.append("<p style=\"margin:24px 0;font-family:'Courier New',Courier,monospace;font-size:32px;"
                    + "font-weight:bold;letter-spacing:6px;\">").append(html(code)).append("</p>\n");
            return this;
        }

        private String anchor(String url) {
            return "<a href=\"" + html(url) + "\" style=\"color:#1a4fa0;word-break:break-all;\">" + html(url) + "</a>";
        }

        MailContent build(String mail, Object... subjectArguments) {
            String subject = texts.format(mail + ".subject", subjectArguments);
            String signature = texts.format("signature");
            String never = texts.format("footer.neverAsked");
            String automatic = texts.format("footer.automatic");
            text.append(signature).append("\n\n").append("-- \n").append(never).append('\n').append(automatic).append('\n');
            String page = "<!DOCTYPE html>\n<html lang=\"" + texts.locale().getLanguage() + "\">\n<head>\n"
                    + "<meta charset=\"utf-8\">\n"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                    + "<title>" + html(subject) + "</title>\n</head>\n"
                    + "<body style=\"margin:0;padding:0;background-color:#f6f6f6;\">\n"
                    + "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" "
                    + "style=\"background-color:#f6f6f6;\"><tr><td align=\"center\" style=\"padding:16px;\">\n"
                    + "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" "
                    + "style=\"max-width:600px;background-color:#ffffff;border:1px solid #d0d0d0;\">"
                    + "<tr><td style=\"padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:16px;"
                    + "line-height:1.5;color:#1e1e1e;text-align:left;\">\n"
                    + "<p style=\"margin:0 0 24px 0;font-size:18px;font-weight:bold;color:#1a4fa0;\">"
                    + html(texts.format("header")) + "</p>\n"
                    + html
                    + "<p style=\"margin:24px 0 24px 0;\">" + html(signature) + "</p>\n"
                    + SMALL + html(never) + "</p>\n"
                    + SMALL + html(automatic) + "</p>\n"
                    + "</td></tr></table>\n</td></tr></table>\n</body>\n</html>\n";
            return new MailContent(subject, text.toString(), page);
        }
    }
}
