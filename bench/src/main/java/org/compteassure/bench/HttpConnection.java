package org.compteassure.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmarks' HTTP client: one keep-alive HTTP/1.1 connection, blocking, in the caller's thread, so that a
 * benchmark measures the server and not a client's thread pools and hand-offs (the JDK's HttpClient added several
 * milliseconds to a login on two processors). Reconnects when the server closes the connection.
 */
final class HttpConnection implements Closeable {

    /** The Faces view state of a page's form, which its POST must send back. */
    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    /** An answer: its status, the first value of each header (lower-case names), the cookies it set, its body. */
    record Response(int status, Map<String, String> headers, Map<String, String> cookies, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** How a login through the form at "/" went: the GET and the POST, and the session cookie it leaves. */
    record Login(Response page, Response post, String sessionCookie, long getNanos, long postNanos) {
        /** Whether the POST sent the person to their space (no second step). */
        boolean reachedHome() {
            String location = post.header("Location");
            return post.status() == 302 && location != null && location.split(";")[0].endsWith("/espace/accueil");
        }
    }

    /** A "cookie" that is an access token of the applications' API: sent as Authorization, with Accept JSON. */
    static final String BEARER = "Bearer ";

    private final URI base;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private long lastBodyBytes;

    HttpConnection(URI base) {
        this.base = base;
    }

    Response get(String path, String cookie) throws IOException {
        return send("GET", path, cookie, null, true);
    }

    /** The size of the last answer's body. */
    long lastBodyBytes() {
        return lastBodyBytes;
    }

    /** A GET whose body is skipped, not kept: the status only, at the least cost to the client. */
    int status(String path, String cookie) throws IOException {
        return send("GET", path, cookie, null, false).status();
    }

    Response post(String path, String cookie, String form) throws IOException {
        return send("POST", path, cookie, form, true);
    }

    /**
     * Logs in through the login form in a new session: GET "/" (which starts the session), then POST the form with
     * its view state. The caller checks {@link Login#reachedHome()}.
     */
    Login login(String nir, String code) throws IOException {
        long start = System.nanoTime();
        Response page = get(base.getPath(), null);
        long posted = System.nanoTime();
        Matcher state = VIEW_STATE.matcher(page.body());
        String session = page.cookies().get("JSESSIONID");
        if (page.status() != 200 || !state.find() || session == null) {
            return new Login(page, page, null, posted - start, 0);
        }
        String cookie = "JSESSIONID=" + session;
        Response post = post(base.getPath(), cookie, form("login", "login", "login:nir", nir, "login:code", code,
                "login:submit", "Se connecter", "jakarta.faces.ViewState", state.group(1)));
        String after = post.cookies().getOrDefault("JSESSIONID", session);
        return new Login(page, post, "JSESSIONID=" + after, posted - start, System.nanoTime() - posted);
    }

    /**
     * An access token of the applications' API for the session's person: GET /oauth/authorize with a PKCE S256
     * challenge (the session is logged in, so it answers with the code at once), then POST /oauth/token.
     */
    String accessToken(String cookie, String client, String redirect, String scope) throws IOException {
        byte[] random = new byte[32];
        new java.security.SecureRandom().nextBytes(random);
        java.util.Base64.Encoder base64 = java.util.Base64.getUrlEncoder().withoutPadding();
        String verifier = base64.encodeToString(random);
        String challenge;
        try {
            challenge = base64.encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Response authorized = get(base.getPath() + "oauth/authorize?" + form("response_type", "code", "client_id", client,
                "redirect_uri", redirect, "scope", scope, "state", "banc", "code_challenge", challenge,
                "code_challenge_method", "S256"), cookie);
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(String.valueOf(authorized.header("Location")));
        if (authorized.status() != 302 || !code.find()) {
            throw new IOException("authorization refused (" + authorized.status() + ", " + authorized.header("Location")
                    + "): is " + client + " registered with " + redirect + " and the scope " + scope + "?");
        }
        Response token = post(base.getPath() + "oauth/token", null, form("grant_type", "authorization_code",
                "client_id", client, "code", java.net.URLDecoder.decode(code.group(1), StandardCharsets.UTF_8),
                "redirect_uri", redirect, "code_verifier", verifier));
        Matcher access = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(token.body());
        if (token.status() != 200 || !access.find()) {
            throw new IOException("code exchange refused (" + token.status() + "): " + token.body());
        }
        return access.group(1);
    }

    static String form(String... namesAndValues) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    private Response send(String method, String path, String cookie, String form, boolean keepBody) throws IOException {
        if (socket == null) {
            connect();
        }
        byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ")
                .append(base.getHost()).append(':').append(socket.getPort());
        if (cookie != null && cookie.startsWith(BEARER)) {
            // The applications' API: the access token, and JSON.
            request.append("\r\nAccept: application/json\r\nAuthorization: ").append(cookie).append("\r\n");
        } else {
            request.append("\r\nAccept: text/html\r\n");
            if (cookie != null) {
                request.append("Cookie: ").append(cookie).append("\r\n");
            }
        }
        if (form != null) {
            request.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ").append(body.length)
                    .append("\r\n");
        }
        try {
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return read(keepBody);
        } catch (IOException | RuntimeException e) {
            close();
            throw e instanceof IOException io ? io : new IOException("unreadable answer", e);
        }
    }

    private Response read(boolean keepBody) throws IOException {
        lastBodyBytes = 0;
        String status = line();
        Map<String, String> headers = new HashMap<>();
        Map<String, String> cookies = new HashMap<>();
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            headers.putIfAbsent(name, value);
            if (name.equals("set-cookie")) {
                String pair = value.split(";", 2)[0];
                cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (int size = chunkSize(); size > 0; size = chunkSize()) {
                body(size, keepBody ? body : null);
                line();
            }
            line();
        } else if (headers.containsKey("content-length")) {
            body(Integer.parseInt(headers.get("content-length")), keepBody ? body : null);
        }
        if ("close".equalsIgnoreCase(headers.get("connection"))) {
            close();
        }
        return new Response(Integer.parseInt(status.substring(9, 12)), headers, cookies,
                body.toString(StandardCharsets.UTF_8));
    }

    /** Reads so many bytes of the body into {@code into}, or past them when it is null. */
    private void body(int bytes, ByteArrayOutputStream into) throws IOException {
        lastBodyBytes += bytes;
        if (into != null) {
            into.write(in.readNBytes(bytes));
            return;
        }
        for (long left = bytes; left > 0; ) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new IOException("connection closed by the server");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    private int chunkSize() throws IOException {
        return Integer.parseInt(line().split(";")[0].trim(), 16);
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("connection closed by the server");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private void connect() throws IOException {
        socket = new Socket(base.getHost(), base.getPort() < 0 ? 80 : base.getPort());
        socket.setTcpNoDelay(true);
        in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
        out = socket.getOutputStream();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // already gone
            }
            socket = null;
        }
    }
}
