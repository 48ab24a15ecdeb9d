package org.compteassure.service.security;

import io.nayuki.qrcodegen.QrCode;
import java.io.Serializable;

/**
 * A QR code drawn as one SVG path (one unit square per dark module, a 4-module quiet zone), for a page to inline:
 * no image file, nothing from another site.
 *
 * @param size the side of the viewBox, quiet zone included
 * @param path the SVG path data of the dark modules
 */
public record QrImage(int size, String path) implements Serializable {

    private static final int QUIET_ZONE = 4;

    public static QrImage of(String text) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        return new QrImage(qr.size + 2 * QUIET_ZONE, path.toString());
    }
}
