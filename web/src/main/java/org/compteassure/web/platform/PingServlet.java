package org.compteassure.web.platform;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * GET /ping answers "ok" and does nothing else: the baseline of the payments benchmark (docs/benchmarks.md), which
 * compares the payments page with what the same server, filters and security stack serve when there is no work.
 */
@WebServlet("/ping")
public class PingServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.setContentLength(2);
        response.getOutputStream().write(new byte[] {'o', 'k'});
    }
}
