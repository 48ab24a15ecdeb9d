package org.compteassure.service.payment;

import java.io.InputStream;
import java.util.function.IntFunction;

/** A stored import file read back part by part, so that only one part is in memory at a time. */
final class StoredFileStream extends InputStream {

    private final IntFunction<byte[]> parts;
    private byte[] part = new byte[0];
    private int partNo;
    private int position;

    StoredFileStream(IntFunction<byte[]> parts) {
        this.parts = parts;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) {
        while (part != null && position == part.length) {
            part = parts.apply(partNo);
            if (part == null) {
                return -1;
            }
            partNo++;
            position = 0;
        }
        if (part == null) {
            return -1;
        }
        int n = Math.min(length, part.length - position);
        System.arraycopy(part, position, target, offset, n);
        position += n;
        return n;
    }
}
