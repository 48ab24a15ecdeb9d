package org.compteassure.service.code;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The common passwords, held compactly: their canonical forms ({@link CodePolicy#letters}) as UTF-8, sorted,
 * deduplicated and packed end to end in one byte array, with an array of start offsets, and looked up by binary
 * search: 1.8 MB for the 138 822 distinct forms of the 143 661 shipped passwords, where a {@code HashSet<String>}
 * of the lowercased lines took 12 MB of heap (measured on Java 17).
 */
final class CommonCodes {

    private final byte[] packed;
    /** Where each entry starts in {@link #packed}; one more than the entries, the last being packed's length. */
    private final int[] starts;

    private CommonCodes(byte[] packed, int[] starts) {
        this.packed = packed;
        this.starts = starts;
    }

    /** Reads a gzipped list, one password a line, from beside {@code anchor}; fails loudly if it is missing. */
    static CommonCodes load(Class<?> anchor, String resource) {
        InputStream raw = anchor.getResourceAsStream(resource);
        if (raw == null) {
            throw new IllegalStateException("Missing resource " + resource + " beside " + anchor.getName());
        }
        List<byte[]> entries = new ArrayList<>(150_000);
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String canonical = CodePolicy.letters(CodePolicy.significant(line));
                if (!canonical.isEmpty()) {
                    entries.add(canonical.getBytes(StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        entries.sort(Arrays::compareUnsigned);
        List<byte[]> distinct = new ArrayList<>(entries.size());
        int total = 0;
        for (byte[] entry : entries) {
            if (distinct.isEmpty() || !Arrays.equals(distinct.get(distinct.size() - 1), entry)) {
                distinct.add(entry);
                total += entry.length;
            }
        }
        byte[] packed = new byte[total];
        int[] starts = new int[distinct.size() + 1];
        int at = 0;
        for (int i = 0; i < distinct.size(); i++) {
            starts[i] = at;
            byte[] entry = distinct.get(i);
            System.arraycopy(entry, 0, packed, at, entry.length);
            at += entry.length;
        }
        starts[distinct.size()] = at;
        return new CommonCodes(packed, starts);
    }

    /** Whether this canonical form is on the list. */
    boolean contains(String canonical) {
        byte[] key = canonical.getBytes(StandardCharsets.UTF_8);
        int low = 0;
        int high = size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = Arrays.compareUnsigned(packed, starts[middle], starts[middle + 1], key, 0, key.length);
            if (order < 0) {
                low = middle + 1;
            } else if (order > 0) {
                high = middle - 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** Distinct canonical forms held. */
    int size() {
        return starts.length - 1;
    }

    /** The heap the two arrays take, headers included (16 bytes each on a 64-bit JVM with compressed pointers). */
    long footprintBytes() {
        return 16L + packed.length + 16L + 4L * starts.length;
    }
}
