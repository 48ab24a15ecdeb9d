package org.compteassure.service.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FileTypesTest {

    private static final String PDF = "application/pdf";

    @Test
    void theTypeComesFromTheFirstBytes() {
        assertEquals(Optional.of("application/pdf"), FileTypes.detect("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of("image/jpeg"), FileTypes.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x20}));
        assertEquals(Optional.of("image/png"), FileTypes.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}));
    }

    @Test
    void anythingElseIsUnknownWhateverItsName() {
        assertEquals(Optional.empty(), FileTypes.detect(new byte[] {'M', 'Z', (byte) 0x90, 0}), "a Windows program");
        assertEquals(Optional.empty(), FileTypes.detect(new byte[] {0x7F, 'E', 'L', 'F'}), "a Linux program");
        assertEquals(Optional.empty(), FileTypes.detect("<html><script>".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), FileTypes.detect("%PDF".getBytes(StandardCharsets.US_ASCII)), "too short");
        assertEquals(Optional.empty(), FileTypes.detect(new byte[0]));
        assertEquals(Optional.empty(), FileTypes.detect(null));
    }

    @Test
    void fileNamesLoseTheirPathControlCharactersAndQuotes() {
        assertEquals("photo.png", MessageWriting.cleanName("C:\\Users\\marie\\photo.png", "image/png"));
        assertEquals("scan.pdf", MessageWriting.cleanName("../../etc/scan.pdf", PDF));
        assertEquals("ab.pdf", MessageWriting.cleanName("a\"\r\nb.pdf", PDF));
        assertEquals("piece-jointe.pdf", MessageWriting.cleanName("  ", PDF));
        assertEquals("piece-jointe", MessageWriting.shownName(null));
        String longName = MessageWriting.cleanName("x".repeat(300) + ".pdf", PDF);
        assertEquals(255, longName.length());
        assertTrue(longName.endsWith("x.pdf"), longName);
    }

    @Test
    void bidirectionalAndInvisibleCharactersAreRemoved() {
        // U+202E (right-to-left override) shows "facture\u202Efdp.exe" as "facture exe.pdf" in a list.
        assertEquals("facturefdp.exe.pdf", MessageWriting.cleanName("facture\u202Efdp.exe", PDF));
        assertEquals("photo.jpg", MessageWriting.cleanName("pho\u200Bto\u2066.jpg\u2069", "image/jpeg"));
        assertEquals("abc.png", MessageWriting.shownName("a\u200Eb\u200Fc\uFEFF.png"));
    }

    @Test
    void theStoredNameEndsInAnExtensionOfItsCheckedType() {
        assertEquals("Scan.PDF", MessageWriting.cleanName("Scan.PDF", PDF));
        assertEquals("photo.jpeg", MessageWriting.cleanName("photo.jpeg", "image/jpeg"));
        assertEquals("photo.png.jpg", MessageWriting.cleanName("photo.png", "image/jpeg"));
        assertEquals("releve.pdf", MessageWriting.cleanName("releve", PDF));
        assertEquals("facture.exe.pdf", MessageWriting.cleanName("facture.exe", PDF));
        assertEquals("bulletin.html.png", MessageWriting.cleanName("bulletin.html", "image/png"));
        String longName = MessageWriting.cleanName("y".repeat(300) + ".exe", "image/png");
        assertEquals(255, longName.length());
        assertTrue(longName.endsWith(".exe.png"), longName);
    }
}
