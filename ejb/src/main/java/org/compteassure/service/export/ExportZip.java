package org.compteassure.service.export;

import jakarta.json.bind.Jsonb;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;

import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.compteassure.persistence.domain.Nir;
import org.compteassure.service.export.DataExportReader.Page;
import org.compteassure.service.export.ExportRecords.Identite;
import org.compteassure.service.export.ExportRecords.PieceJointe;

/**
 * Writes one person's ZIP: each {@link ExportSection} in turn, an array read page by page and written record by
 * record (JSON-B), the attachments' files one at a time, then {@code resume.html}, the summary a person reads. Only a
 * page of records, one attachment and one part of the ZIP are ever in memory. After each kind the progress is
 * recorded (and the claim renewed).
 */
final class ExportZip {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm", Locale.FRENCH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    private final DataExportReader reader;
    private final DataExportStore store;
    private final DataExportStore.Claim claim;
    private final Jsonb jsonb;
    private final Map<ExportSection, Long> counts = new EnumMap<>(ExportSection.class);
    private Identite identity;
    private int done;

    ExportZip(DataExportReader reader, DataExportStore store, DataExportStore.Claim claim, Jsonb jsonb) {
        this.reader = reader;
        this.store = store;
        this.claim = claim;
        this.jsonb = jsonb;
    }

    /** How many kinds are written so far (the progress a part is stored with). */
    int done() {
        return done;
    }

    void write(OutputStream out, Instant now, ZoneId zone) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (ExportSection section : ExportSection.values()) {
                if (section == ExportSection.ATTACHMENTS) {
                    attachments(zip);
                } else if (section.single()) {
                    Object record = reader.single(section, claim.personId());
                    if (record instanceof Identite person) {
                        identity = person;
                    }
                    zip.putNextEntry(new ZipEntry(section.file()));
                    text(zip, jsonb.toJson(record) + "\n");
                    counts.put(section, 1L);
                } else {
                    zip.putNextEntry(new ZipEntry(section.file()));
                    array(zip, section);
                }
                zip.closeEntry();
                store.progress(claim, ++done);
            }
            zip.putNextEntry(new ZipEntry(ExportSection.SUMMARY));
            text(zip, summary(now, zone));
            zip.closeEntry();
            done++;
        }
    }

    private void array(ZipOutputStream zip, ExportSection section) throws IOException {
        text(zip, "[");
        long count = 0;
        long after = 0;
        Page page;
        do {
            page = reader.page(section, claim.personId(), after);
            for (Object record : page.records()) {
                text(zip, (count++ == 0 ? "\n" : ",\n") + jsonb.toJson(record));
            }
            after = page.last();
        } while (page.more());
        text(zip, count == 0 ? "]\n" : "\n]\n");
        counts.put(section, count);
    }

    private void attachments(ZipOutputStream zip) throws IOException {
        long count = 0;
        long after = 0;
        Page page;
        do {
            page = reader.page(ExportSection.ATTACHMENTS, claim.personId(), after);
            for (Object record : page.records()) {
                DataExportReader.AttachmentFile file = reader.attachment(claim.personId(), ((PieceJointe) record).id());
                zip.putNextEntry(new ZipEntry(file.path()));
                zip.write(file.content());
                zip.closeEntry();
                count++;
            }
            after = page.last();
        } while (page.more());
        counts.put(ExportSection.ATTACHMENTS, count);
    }

    private static void text(ZipOutputStream zip, String text) throws IOException {
        zip.write(text.getBytes(StandardCharsets.UTF_8));
    }

    /** resume.html: who, when, and what each file holds, in French, readable offline (no script, no link out). */
    private String summary(Instant now, ZoneId zone) {
        StringBuilder rows = new StringBuilder();
        for (ExportSection section : ExportSection.values()) {
            long n = counts.getOrDefault(section, 0L);
            rows.append("<tr><th scope=\"row\">").append(escape(section.title())).append("</th><td><code>")
                    .append(escape(section.file())).append("</code></td><td>")
                    .append(section.single() ? "—" : String.format(Locale.FRENCH, "%,d", n)).append("</td></tr>\n");
        }
        String name = identity.prenoms() + " " + identity.nom();
        return "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>Vos données personnelles — Compte Assuré</title>\n"
                + "<style>body{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,Arial,sans-serif;color:#1e1e1e;"
                + "max-width:45em;margin:1rem auto;padding:0 1rem;line-height:1.5}table{border-collapse:collapse;"
                + "width:100%}th,td{text-align:left;border-bottom:1px solid #d0d0d0;padding:.25rem .5rem;"
                + "vertical-align:top}td:last-child{text-align:right}code{word-break:break-all}</style>\n"
                + "</head>\n<body>\n<main>\n<h1>Vos données personnelles</h1>\n"
                + "<p>Données de " + escape(name) + ", préparées le " + WHEN.format(now.atZone(zone))
                + " à votre demande, depuis votre espace Compte Assuré.</p>\n"
                + "<h2>Identité</h2>\n<dl>\n"
                + "<dt>Nom et prénoms</dt><dd>" + escape(name) + "</dd>\n"
                + "<dt>Numéro de sécurité sociale</dt><dd>" + escape(Nir.parse(identity.nir()).grouped()) + "</dd>\n"
                + "<dt>Date de naissance</dt><dd>" + DAY.format(identity.dateNaissance()) + "</dd>\n"
                + "<dt>Adresse</dt><dd>" + escape(String.join(", ", identity.adresse())) + "</dd>\n"
                + (identity.courriel() == null ? "" : "<dt>Adresse électronique</dt><dd>"
                    + escape(identity.courriel()) + "</dd>\n")
                + "</dl>\n<h2>Contenu de ce fichier</h2>\n"
                + "<table>\n<caption>Chaque type de données, son fichier et le nombre d'éléments</caption>\n"
                + "<thead><tr><th scope=\"col\">Données</th><th scope=\"col\">Fichier</th>"
                + "<th scope=\"col\">Nombre</th></tr></thead>\n<tbody>\n" + rows + "</tbody>\n</table>\n"
                + "<h2>Comment lire ces fichiers</h2>\n"
                + "<p>Chaque fichier <code>.json</code> est un texte au format JSON, lisible par un éditeur de texte "
                + "ou un tableur. Les dates sont écrites année-mois-jour (2026-11-26), les heures en temps universel "
                + "(UTC, une heure de moins qu'à Paris en hiver, deux en été), les montants en euros. Les pièces "
                + "jointes de vos messages sont dans le dossier <code>pieces-jointes</code>, chacune avec son "
                + "empreinte SHA-256 dans <code>messages.json</code>.</p>\n"
                + "<p>Ce fichier contient des données personnelles : conservez-le en lieu sûr. Il reste disponible "
                + "7 jours dans votre espace, puis il est supprimé.</p>\n"
                + "</main>\n</body>\n</html>\n";
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    /** The number of records written of each kind. */
    Map<ExportSection, Long> counts() {
        return counts;
    }

}
