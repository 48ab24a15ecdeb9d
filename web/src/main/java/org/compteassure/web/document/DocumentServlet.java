package org.compteassure.web.document;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.compteassure.service.BusinessException;
import org.compteassure.service.NotFoundException;
import org.compteassure.service.card.CardService;
import org.compteassure.service.document.DocumentService;
import org.compteassure.service.document.DocumentService.Pdf;

/**
 * The document links of /espace/documents and /espace/carte-europeenne (GET, role insured by web.xml's /espace/*):
 * {@code droits?pour=ID} (no id: the person), {@code releve-mensuel?mois=2026-10}, {@code releve-fiscal?annee=2025},
 * {@code certificat-provisoire?pour=ID&depart=2026-12-01}. Whatever is malformed, refused, or not the caller's
 * family answers 404, the same as what does not exist.
 */
@WebServlet("/espace/document/*")
public class DocumentServlet extends HttpServlet {

    @EJB
    private DocumentService documents;

    @EJB
    private CardService cards;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Pdf pdf;
        try {
            pdf = switch (String.valueOf(request.getPathInfo())) {
                case "/droits" -> documents.rights(child(request));
                case "/releve-mensuel" -> documents.monthlyStatement(YearMonth.parse(param(request, "mois")));
                case "/releve-fiscal" -> documents.taxStatement(Year.parse(param(request, "annee")));
                case "/certificat-provisoire" -> cards.certificate(child(request),
                        LocalDate.parse(param(request, "depart")));
                default -> null;
            };
        } catch (BusinessException | DateTimeParseException | NumberFormatException e) {
            pdf = null;
        }
        if (pdf == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PdfDownload.send(response, pdf);
    }

    private static String param(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null || value.length() > 20) {
            throw new NotFoundException("parameter");
        }
        return value;
    }

    private static Long child(HttpServletRequest request) {
        String id = request.getParameter("pour");
        return id == null || id.isEmpty() ? null : Long.valueOf(id);
    }
}
