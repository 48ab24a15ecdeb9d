package org.compteassure.web.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Serves a session's page again, byte for byte, while nothing it shows has changed, instead of querying and
 * rendering it anew: the most visited page of the site then costs the session check's one indexed read.
 *
 * <p>"Nothing has changed" is the session's pages version, read by the session check ({@link #VERSION}): every change
 * to what a person's pages show moves it on in the same transaction (a payment, the register, a child attached, an
 * adviser's reply, a reply read: {@code UserSession.pagesChanged}). A page is reused only for the same session,
 * version, language, day (the pages show a window of months up to today) and address. One page is kept per session,
 * in memory, at most {@code CA_PAGE_CACHE_MB} mebibytes in all, the least recently used dropped first; an entry never
 * leaves its session, so one person's page is never served to another.
 */
public class PageCache extends HttpFilter {

    /** Request attribute set by the session check: the session's {@link Version}. */
    public static final String VERSION = PageCache.class.getName() + ".version";

    /** A logged-in session and its pages version. */
    public record Version(String sessionId, long pagesVersion) {
    }

    /** What a page was rendered from, besides the data behind the version. */
    private record Variant(long pagesVersion, Locale language, LocalDate day, String address) {
    }

    private record Page(Variant variant, String contentType, byte[] body) {
    }

    @Inject
    private Clock clock;

    private final long limit = Long.getLong("compteassure.page-cache-mb", 64) * 1024 * 1024;
    private final Map<String, Page> pages = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"GET".equals(request.getMethod()) || !(request.getAttribute(VERSION) instanceof Version version)) {
            chain.doFilter(request, response);
            return;
        }
        String query = request.getQueryString();
        Variant variant = new Variant(version.pagesVersion(), LanguageFilter.chosen(request.getSession(false)),
                LocalDate.now(clock), query == null ? request.getRequestURI() : request.getRequestURI() + '?' + query);
        Page page = get(version.sessionId());
        if (page == null || !page.variant().equals(variant)) {
            Capture capture = new Capture(response);
            chain.doFilter(request, capture);
            page = capture.page(variant);
            if (page == null) {
                capture.release();
                return;
            }
            put(version.sessionId(), page);
        }
        response.setContentType(page.contentType());
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }

    private synchronized Page get(String sessionId) {
        return pages.get(sessionId);
    }

    private synchronized void put(String sessionId, Page page) {
        Page replaced = pages.put(sessionId, page);
        bytes += page.body().length - (replaced == null ? 0 : replaced.body().length);
        var eldest = pages.values().iterator();
        while (bytes > limit && eldest.hasNext()) {
            bytes -= eldest.next().body().length;
            eldest.remove();
        }
    }

    /** The response as the page renders it, kept in memory until it is known to be a complete page. */
    private static final class Capture extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream body = new ByteArrayOutputStream(32 * 1024);
        private ServletOutputStream stream;
        private PrintWriter writer;

        Capture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        body.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        body.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException();
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), Charset.forName(getCharacterEncoding())));
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public void resetBuffer() {
            flushBuffer();
            body.reset();
            super.resetBuffer();
        }

        @Override
        public void reset() {
            flushBuffer();
            body.reset();
            super.reset();
        }

        @Override
        public void setContentLength(int len) {
            // the length is the captured body's, set when it is written
        }

        @Override
        public void setContentLengthLong(long len) {
            // as above
        }

        /** The rendered page, if this was one (a 200 HTML answer); null for a redirect, an error or anything else. */
        Page page(Variant variant) {
            flushBuffer();
            String type = getContentType();
            boolean page = getStatus() == SC_OK && !isCommitted() && type != null && type.startsWith("text/html");
            return page ? new Page(variant, type, body.toByteArray()) : null;
        }

        /** Passes on what was captured of an answer that is not kept. */
        void release() throws IOException {
            if (body.size() > 0 && !isCommitted()) {
                getResponse().getOutputStream().write(body.toByteArray());
            }
        }
    }
}
