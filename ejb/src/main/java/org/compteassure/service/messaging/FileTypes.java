package org.compteassure.service.messaging;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The type of an uploaded file from its first bytes, whatever its name says: a program renamed "facture.pdf" is
 * not a PDF. Only the three types advisers can open safely are known.
 */
public final class FileTypes {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private static final Map<String, List<String>> EXTENSIONS = Map.of(
            "application/pdf", List.of("pdf"), "image/jpeg", List.of("jpg", "jpeg"), "image/png", List.of("png"));

    private FileTypes() {
    }

    /** "application/pdf", "image/jpeg" or "image/png"; empty for anything else. */
    public static Optional<String> detect(byte[] content) {
        if (startsWith(content, PDF)) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, JPEG)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, PNG)) {
            return Optional.of("image/png");
        }
        return Optional.empty();
    }

    /** The extension a file of a detected type is given when its name has none of the type's own. */
    static String extension(String type) {
        return EXTENSIONS.get(type).get(0);
    }

    /** Whether the name ends in an extension of the detected type, in any case ("Scan.PDF", "photo.jpeg"). */
    static boolean extensionFits(String type, String name) {
        int dot = name.lastIndexOf('.');
        return dot >= 0 && EXTENSIONS.get(type).contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content != null && content.length >= magic.length
                && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
