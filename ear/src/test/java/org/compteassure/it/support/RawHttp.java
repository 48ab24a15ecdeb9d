package org.compteassure.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * HTTP on a bare socket, for what an HTTP client cannot send: a request whose declared body is far longer than what
 * is written (the server must answer on the length alone).
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** Sends the head of a request (its first line, then headers) (and the first bytes of its body) and returns what the server answers. */
    public static String exchange(URL base, String head, byte[] start) {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout((int) Duration.ofSeconds(60).toMillis());
            OutputStream out = socket.getOutputStream();
            // Connection: close, so that the answer ends with the connection, whatever its framing.
            out.write(head.replaceFirst("\r\n", "\r\nConnection: close\r\n").getBytes(StandardCharsets.US_ASCII));
            try {
                out.write(start);
                out.flush();
            } catch (IOException closedEarly) {
                // The server may answer and close before the client is done: what it answered is still readable.
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                }
            } catch (IOException reset) {
                // A connection reset after the answer: the answer is what counts.
            }
            return answer.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
