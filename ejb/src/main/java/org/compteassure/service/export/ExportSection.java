package org.compteassure.service.export;

/**
 * The kinds of data in the ZIP of « Télécharger mes données », in the order they are written: each is one JSON file
 * (docs/data-export.md), read page by page ({@link DataExportReader}), so that no kind is ever held whole.
 * {@link #IDENTITY} and {@link #ACCOUNT} are one object each; every other file is an array, and {@link #ATTACHMENTS}
 * is the folder of the messages' files.
 * The summary and the progress follow this list.
 */
public enum ExportSection {

    IDENTITY("identite.json", "Identité et droits"),
    ACCOUNT("compte.json", "Compte, préférences d'avis et consentements"),
    DETAILS_HISTORY("historique-informations.json", "Historique de vos informations"),
    PAYMENTS("paiements.json", "Paiements"),
    DOCUMENTS("documents.json", "Documents délivrés"),
    MESSAGES("messages.json", "Messages"),
    ATTACHMENTS("pieces-jointes/", "Pièces jointes des messages"),
    DEMARCHES("demarches.json", "Démarches"),
    APPOINTMENTS("rendez-vous.json", "Rendez-vous"),
    MANDATES("mandats.json", "Mandats donnés et reçus (« Un proche m'aide »)"),
    SESSIONS("sessions.json", "Sessions de connexion"),
    DEVICES("appareils.json", "Appareils de confiance"),
    ACTIVITY("activite.json", "Activité du compte"),
    CONSULTATIONS("consultations.json", "Consultations de votre dossier");

    /** The summary page, written last. */
    public static final String SUMMARY = "resume.html";

    private final String file;
    private final String title;

    ExportSection(String file, String title) {
        this.file = file;
        this.title = title;
    }

    /** Its name in the ZIP. */
    public String file() {
        return file;
    }

    /** Its title in the summary (French, as the ZIP is). */
    public String title() {
        return title;
    }

    /** Whether it is one object rather than an array read page by page. */
    boolean single() {
        return this == IDENTITY || this == ACCOUNT;
    }

    /** How many steps the preparation counts: each kind, then the summary. */
    public static int steps() {
        return values().length + 1;
    }
}
