package org.compteassure.service.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the ZIP of « Télécharger mes données » holds, kind by kind, as JSON-B writes it: the keys are the record
 * components, in French since the file is the person's (docs/data-export.md describes each). Dates are ISO 8601
 * ({@code 2026-11-26}, instants in UTC {@code 2026-11-26T09:30:00Z}), amounts in euros as numbers, codes in capitals
 * (their meaning is in the documentation); a value the file does not have is {@code null}. Never a secret: no code,
 * token or device fingerprint, and none of the advisers' internal notes.
 */
public final class ExportRecords {

    private ExportRecords() {
    }

    /** identite.json: the person as the fund's register has them. */
    public record Identite(String nir, String nom, String prenoms, LocalDate dateNaissance, String sexe,
                           List<String> adresse, List<String> adresseEnAttente, String iban, String titulaireIban,
                           String ibanEnAttente, String titulaireIbanEnAttente, String courriel, String telephone,
                           String numeroCarteVitale, Droits droits, List<Enfant> enfants) {
    }

    public record Droits(String regime, String codeCaisse, String caisse, LocalDate debut, LocalDate fin,
                         String medecinTraitant) {
    }

    public record Enfant(long id, String nom, String prenoms, LocalDate dateNaissance, Droits droits) {
    }

    /** compte.json: the person's accounts, their notice preferences and paperless consents. */
    public record Compte(List<Acces> comptes, List<PreferenceAvis> preferencesAvis,
                         List<Consentement> consentementsSansPapier) {
    }

    public record Acces(long id, String statut, String courriel, String langue, Instant creeLe, Instant codeChoisiLe,
                        Instant fermeLe, boolean lieAFranceConnect) {
    }

    public record PreferenceAvis(String type, boolean parCourriel, boolean parCourrier) {
    }

    public record Consentement(boolean accepte, Instant enregistreLe) {
    }

    /** historique-informations.json: each change of the person's details. */
    public record Modification(long id, String champ, String ancienneValeur, String nouvelleValeur, Instant le,
                               String canal) {
    }

    /** paiements.json. */
    public record Paiement(long id, String reference, String type, String beneficiaire, LocalDate dateSoins,
                           String acte, String professionnel, BigDecimal montantDepense, BigDecimal baseRemboursement,
                           Integer taux, BigDecimal montantRembourse, BigDecimal participationForfaitaire,
                           BigDecimal franchise, String statut, String motifRejet, LocalDate datePaiement,
                           String ibanVerse, Indemnites indemnitesJournalieres, Instant recuLe) {
    }

    public record Indemnites(LocalDate du, LocalDate au, Integer jours, BigDecimal montantJournalierBrut,
                             BigDecimal totalBrut, BigDecimal csgCrds, String employeur) {
    }

    /** documents.json: the attestations issued (each can be checked at /verifier with its code). */
    public record Document(long id, String type, String titulaireNom, String titulairePrenoms, LocalDate du,
                           LocalDate au, Instant delivreLe) {
    }

    /** messages.json: every message of the person's conversations, with its attachments' files in the ZIP. */
    public record MessageEchange(long id, long conversation, String sujet, String objet, String etatConversation,
                                 String sens, String texte, Instant envoyeLe, Instant luLe,
                                 List<PieceJointe> piecesJointes) {
    }

    /** An attachment: {@code fichier} is its path in the ZIP, {@code sha256} the checksum of its bytes. */
    public record PieceJointe(long id, String nom, String type, long taille, String sha256, String fichier) {
    }

    /** demarches.json. */
    public record Demarche(String numero, String type, String statut, String resume, Instant creeeLe,
                           LocalDate dateEstimee, String motif, List<Etape> historique) {
    }

    public record Etape(String statut, LocalDate date, String motif, Instant enregistreeLe) {
    }

    /** rendez-vous.json. */
    public record RendezVous(long id, String mode, Instant debut, int minutes, String motif, String note,
                             String statut, boolean prisParUnConseiller, Instant prisLe, Instant termineLe) {
    }

    /**
     * mandats.json: {@code sens} is DONNE (the person let {@code autrePersonne} act for them) or RECU (the person acts
     * for {@code autrePersonne}).
     */
    public record Mandat(long id, String sens, String autrePersonne, List<String> parties, Instant signeLe,
                         Instant finPrevueLe, Instant termineLe, String motifFin) {
    }

    /** sessions.json. */
    public record Session(long id, String navigateur, String adresseReseau, Instant ouverteLe,
                          Instant derniereActiviteLe, Instant fermeeLe) {
    }

    /** appareils.json: the browsers the person chose to trust. */
    public record Appareil(long id, String nom, Instant ajouteLe, Instant expireLe, Instant dernierUsageLe,
                           Instant revoqueLe) {
    }

    /** activite.json. */
    public record Activite(long id, String type, Instant le, String detail, String navigateur, String reseau) {
    }

    /** consultations.json: advisers' openings of the person's file and actions on it. */
    public record Consultation(long id, String conseiller, String action, Instant le, Long conversation,
                               String document) {
    }
}
