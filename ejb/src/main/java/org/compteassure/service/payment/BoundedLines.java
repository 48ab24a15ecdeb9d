package org.compteassure.service.payment;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * Reads lines of at most {@code max} characters: a longer line is consumed to its end without being kept, so that a
 * 10 MB line costs no memory. Line ends are {@code \n} or {@code \r\n}.
 */
final class BoundedLines implements Closeable {

    /** A line: its text, or null when it was longer than allowed. */
    record Line(String text) {
        boolean tooLong() {
            return text == null;
        }
    }

    private final Reader in;
    private final int max;
    private final char[] buffer = new char[65536];
    private int position;
    private int limit;
    private final StringBuilder line = new StringBuilder(256);

    BoundedLines(InputStream in, int max) {
        this.in = new InputStreamReader(in, StandardCharsets.UTF_8);
        this.max = max;
    }

    /** The next line, or null at the end of the input. */
    Line next() throws IOException {
        line.setLength(0);
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return any ? finish(tooLong) : null;
                }
            }
            any = true;
            char c = buffer[position++];
            if (c == '\n') {
                return finish(tooLong);
            }
            if (!tooLong) {
                line.append(c);
                if (line.length() > max + 1) {
                    tooLong = true;
                    line.setLength(0);
                }
            }
        }
    }

    private Line finish(boolean tooLong) {
        if (tooLong) {
            return new Line(null);
        }
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            end--;
        }
        return end > max ? new Line(null) : new Line(line.substring(0, end));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
