package org.compteassure.service.document;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * The name a downloaded document is saved under says what and who, in ASCII lower case that every system and mail
 * client keeps intact: {@code attestation-droits-lea-dupont-2026-12-02.pdf}.
 */
final class FileNames {

    /** Letters that Unicode does not decompose into a base letter and an accent. */
    private static final Map<String, String> UNDECOMPOSED = Map.ofEntries(Map.entry("ł", "l"), Map.entry("ø", "o"),
            Map.entry("đ", "d"), Map.entry("ð", "d"), Map.entry("þ", "th"), Map.entry("æ", "ae"), Map.entry("œ", "oe"),
            Map.entry("ß", "ss"), Map.entry("ı", "i"), Map.entry("ħ", "h"));

    private FileNames() {
    }

    /** @param givenNames the holder's given names: only the first is kept, so that the name stays short */
    static String of(String what, String givenNames, String familyName, LocalDate day) {
        String first = givenNames == null ? "" : givenNames.strip().split("[\\s,]+")[0];
        String who = ascii(first + " " + (familyName == null ? "" : familyName));
        return what + (who.isEmpty() ? "" : "-" + who) + "-" + day + ".pdf";
    }

    /** Accents folded, other letters spelt out, anything else a single hyphen. */
    static String ascii(String text) {
        String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        StringBuilder spelt = new StringBuilder(folded.length());
        folded.codePoints().forEach(c -> {
            String letter = new String(Character.toChars(c));
            spelt.append(UNDECOMPOSED.getOrDefault(letter, letter));
        });
        return spelt.toString().replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
