package org.compteassure.service.export;

import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.function.IntSupplier;

/**
 * Where the ZIP goes while it is written: bytes gathered into parts of {@link #PART_SIZE}, each stored as soon as it
 * is full (one transaction each, under the node's claim), with the size and SHA-256 of the whole counted on the way.
 * At most one part is in memory.
 */
final class PartOutputStream extends OutputStream {

    /** 512 KiB: a few round trips per megabyte, and a small row to hold in memory. */
    static final int PART_SIZE = 512 * 1024;

    private final DataExportStore store;
    private final DataExportStore.Claim claim;
    private final IntSupplier stepsDone;
    private final MessageDigest digest;
    private final byte[] buffer = new byte[PART_SIZE];
    private int filled;
    private int parts;
    private long size;
    private boolean closed;

    PartOutputStream(DataExportStore store, DataExportStore.Claim claim, IntSupplier stepsDone) {
        this.store = store;
        this.claim = claim;
        this.stepsDone = stepsDone;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void write(int b) {
        buffer[filled++] = (byte) b;
        size++;
        if (filled == PART_SIZE) {
            store();
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        while (length > 0) {
            int n = Math.min(length, PART_SIZE - filled);
            System.arraycopy(bytes, offset, buffer, filled, n);
            filled += n;
            size += n;
            offset += n;
            length -= n;
            if (filled == PART_SIZE) {
                store();
            }
        }
    }

    /** Stores what is left as the last part. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            if (filled > 0) {
                store();
            }
        }
    }

    private void store() {
        byte[] part = Arrays.copyOf(buffer, filled);
        digest.update(part);
        store.part(claim, parts, stepsDone.getAsInt(), part);
        parts++;
        filled = 0;
    }

    int parts() {
        return parts;
    }

    long size() {
        return size;
    }

    String sha256() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
