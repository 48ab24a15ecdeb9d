package org.compteassure.service.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FileTypesTest {

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
        assertEquals("photo.png", MessageWriting.cleanName("C:\\Users\\marie\\photo.png"));
        assertEquals("scan.pdf", MessageWriting.cleanName("../../etc/scan.pdf"));
        assertEquals("ab.pdf", MessageWriting.cleanName("a\"\r\nb.pdf"));
        assertEquals("piece-jointe", MessageWriting.cleanName("  "));
        assertEquals(255, MessageWriting.cleanName("x".repeat(300) + ".pdf").length());
    }
}
